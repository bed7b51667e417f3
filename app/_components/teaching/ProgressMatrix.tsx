"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, type Ref, memo, useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { type StudentTotals, exercisePassRates, isLate, studentTotals } from "@/app/_server/classes/progress-matrix";
import type { CellState, MatrixCell, MatrixExercise, MatrixStudent, ProgressMatrix as Matrix } from "@/app/_shared/teaching/class-progress";
import { type MatrixSort, type SortColumn, nextSort, sameColumn, sortedStudents } from "./matrix-sort";
import styles from "./ProgressMatrix.module.css";

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * A time as "2026-12-05 14:02 UTC": the same on the server and in the browser (a local time would
 * differ between them and break hydration), and the same as the CSV export's times.
 */
const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** What a cell shows besides its colour, so that colour is never the only carrier of its state. */
function mark(cell: MatrixCell): string {
  switch (cell.state) {
    case "passed":
      return "✓ 100%";
    case "partial":
    case "failing":
      return percent(cell.bestScore ?? 0);
    case "pending":
      return "…";
    case "none":
      return "–";
  }
}

const STATE_WORDS: Record<CellState, string> = {
  passed: "passed",
  partial: "partly passed",
  failing: "no check passed",
  pending: "not graded yet",
  none: "no attempt",
};

/** "Ada Lovelace, Count the references: best 60%, 3 attempts, last 2026-12-05 14:02 UTC, late". */
function describe(student: MatrixStudent, exercise: MatrixExercise, cell: MatrixCell, late: boolean): string {
  const who = `${student.name}, ${exercise.title}: `;
  if (cell.state === "none") return `${who}no attempt`;
  const score = cell.bestScore === null ? STATE_WORDS[cell.state] : `best ${percent(cell.bestScore)}`;
  const attempts = `${cell.attempts} ${cell.attempts === 1 ? "attempt" : "attempts"}`;
  const last = cell.lastAttemptAt ? `, last ${utc(cell.lastAttemptAt)}` : "";
  return `${who}${score}, ${attempts}${last}${late ? ", late" : ""}`;
}

const attemptHref = (classId: string, studentId: string, exerciseId: string) =>
  `/classes/${encodeURIComponent(classId)}/students/${encodeURIComponent(studentId)}/exercises/${encodeURIComponent(exerciseId)}`;

type RowProps = {
  /** The row's place among the rows shown, for aria-rowindex and the virtualiser's measurement. */
  position: number;
  rowRef: Ref<HTMLTableRowElement>;
  student: MatrixStudent;
  cells: MatrixCell[];
  totals: StudentTotals | undefined;
  exercises: MatrixExercise[];
  dueAt: string | null;
  classId: string;
};

/**
 * One student's row. Memoised: a sort hands every row the same props again, so React only moves the
 * rows' DOM nodes instead of rendering 40 cells × 200 students anew.
 */
const StudentRow = memo(function StudentRow({ position, rowRef, student, cells, totals, exercises, dueAt, classId }: RowProps) {
  return (
    <tr ref={rowRef} data-index={position} aria-rowindex={position + HEADER_ROWS + 1}>
      <th scope="row" className={styles.student}>
        <span className={styles.name} title={student.name}>
          {student.name}
        </span>
      </th>
      {exercises.map((exercise, column) => {
        const cell = cells[column];
        if (!cell) return <td key={exercise.id} />;
        const late = isLate(cell, dueAt);
        const label = describe(student, exercise, cell, late);
        const className = `${styles.cell} ${styles[cell.state]}${late ? ` ${styles.lateCell}` : ""}`;
        if (cell.attempts === 0) {
          return (
            <td key={exercise.id} className={className} title={label}>
              <span aria-hidden="true">{mark(cell)}</span>
              <span className="visually-hidden">no attempt</span>
            </td>
          );
        }
        return (
          <td key={exercise.id} className={className}>
            <a href={attemptHref(classId, student.id, exercise.id)} aria-label={label} title={label}>
              {mark(cell)}
              {late && <span className={styles.lateMark}>L</span>}
            </a>
          </td>
        );
      })}
      <td className={styles.total} title={totals?.meanBestScore == null ? undefined : `${totals.passed} of ${exercises.length} exercises passed, mean best score ${percent(totals.meanBestScore)}`}>
        {totals?.passed ?? 0}/{exercises.length}
        {totals?.meanBestScore != null && <span className={styles.mean}> · {percent(totals.meanBestScore)}</span>}
      </td>
    </tr>
  );
});

function SortHeader({ sort, column, onSort, title, className, children }: {
  sort: MatrixSort;
  column: SortColumn;
  onSort: (column: SortColumn) => void;
  title?: string;
  className?: string;
  children: ReactNode;
}) {
  const sorted = sameColumn(sort, column);
  return (
    <th scope="col" className={className} aria-sort={sorted ? sort.direction : undefined}>
      <button type="button" className={styles.sortButton} title={title} onClick={() => onSort(column)}>
        <span className={styles.headerText}>{children}</span>
        <span className={styles.arrow} aria-hidden="true">
          {sorted ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

function Legend({ dueAt }: { dueAt: string | null }) {
  const states: CellState[] = ["passed", "partial", "failing", "pending", "none"];
  const example: Record<CellState, string> = { passed: "✓ 100%", partial: "60%", failing: "0%", pending: "…", none: "–" };
  return (
    <ul className={styles.legend} aria-label="Legend">
      {states.map((state) => (
        <li key={state}>
          <span className={`${styles.swatch} ${styles[state]}`}>{example[state]}</span> {STATE_WORDS[state]}
        </li>
      ))}
      {dueAt && (
        <li>
          <span className={`${styles.swatch} ${styles.lateCell}`}>
            60%<span className={styles.lateMark}>L</span>
          </span>{" "}
          late: after the due date, {utc(dueAt)}
        </li>
      )}
    </ul>
  );
}

/** The header row and the pass-rate row, counted in aria-rowindex. */
const HEADER_ROWS = 2;
/** A row's height before it is measured (0.85rem text, 1.3 line height, padding and border). */
const ROW_ESTIMATE_PX = 29;

/** Lower case without accents, so that "nunez" finds "Núñez". */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * A teacher's view of a class: a row per student, a column per exercise the assignment counts, each
 * cell the student's best score (a link to their attempts), each student's totals and each exercise's
 * pass rate. Sortable by name, total or any exercise, from buttons in the column headers.
 *
 * Rows are virtualised (only those in view, and a few either side, are in the DOM): drawing all of
 * 200 students × 40 exercises took about half a second from render to paint, and as long again for
 * every sort (scripts/bench-matrix.ts). The table keeps its semantics (aria-rowcount and
 * aria-rowindex give the whole count; spacer rows keep the scroll height), and since the browser's
 * find-in-page cannot find rows not drawn, a search box filters the students instead. Tabbing
 * through the cells scrolls the focused one into view, which draws the rows after it.
 */
export function ProgressMatrix({ matrix, classId }: { matrix: Matrix; classId: string }) {
  const totals = useMemo(() => studentTotals(matrix), [matrix]);
  const passRates = useMemo(() => exercisePassRates(matrix), [matrix]);
  const [sort, setSort] = useState<MatrixSort>({ column: "name", direction: "ascending" });
  const order = useMemo(() => sortedStudents(matrix, totals, sort), [matrix, totals, sort]);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const wanted = folded(deferredQuery.trim());
    if (!wanted) return order;
    return order.filter((index) => {
      const student = matrix.students[index];
      return student !== undefined && (folded(student.name).includes(wanted) || folded(student.email).includes(wanted));
    });
  }, [order, deferredQuery, matrix.students]);
  const onSort = (column: SortColumn) => setSort((current) => nextSort(current, column));
  const { students, exercises } = matrix;

  const scroller = useRef<HTMLDivElement>(null);
  // The React Compiler leaves this component unmemoised, as TanStack Virtual needs; the rows are
  // memoised by hand (StudentRow), so scrolling redraws only the rows that come into view.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    // The rows start below the sticky header (about three rows high), which the virtualiser does not
    // count: six rows either side cover it, so no row in view is ever missing.
    overscan: 6,
    // The server and the first client render, before anything is measured, draw a screenful.
    initialRect: { width: 1280, height: 600 },
    getItemKey: (position) => students[shown[position] ?? -1]?.id ?? position,
    // Scrolling re-renders in the next frame, not synchronously inside the scroll event.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  const searchId = useId();

  return (
    <div className={styles.matrix}>
      <Legend dueAt={matrix.dueAt} />
      <p className={styles.search}>
        <label htmlFor={searchId}>Find a student</label>{" "}
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />{" "}
        {deferredQuery.trim() && (
          <span role="status">
            {shown.length} of {students.length} shown
          </span>
        )}
      </p>
      <div ref={scroller} className={styles.scroller} role="region" aria-label="Progress matrix" tabIndex={0}>
        <table className={styles.table} aria-rowcount={shown.length + HEADER_ROWS}>
          <caption className="visually-hidden">
            Progress of {students.length} students on {exercises.length} exercises. Column headers sort the table.
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              <SortHeader sort={sort} column={{ column: "name" }} onSort={onSort} className={styles.corner}>
                Student
              </SortHeader>
              {exercises.map((exercise, index) => (
                <SortHeader key={exercise.id} sort={sort} column={{ column: "exercise", index }} onSort={onSort} title={exercise.title} className={styles.exercise}>
                  {exercise.title}
                </SortHeader>
              ))}
              <SortHeader sort={sort} column={{ column: "total" }} onSort={onSort} title="Exercises passed · mean best score">
                Total
              </SortHeader>
            </tr>
            <tr className={styles.rates} aria-rowindex={2}>
              <th scope="row" className={styles.student}>
                Pass rate
              </th>
              {exercises.map((exercise, index) => {
                const rate = passRates[index] ?? 0;
                return (
                  <td key={exercise.id} title={`${Math.round(rate * students.length)} of ${students.length} students passed ${exercise.title}`}>
                    {percent(rate)}
                  </td>
                );
              })}
              <td />
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={exercises.length + 2} className={styles.empty}>
                  {students.length === 0 ? "No students in this class yet." : "No student matches."}
                </td>
              </tr>
            ) : (
              <>
                {before > 0 && (
                  <tr aria-hidden="true" className={styles.spacer} style={{ height: before }}>
                    <td colSpan={exercises.length + 2} />
                  </tr>
                )}
                {rows.map((item) => {
                  const index = shown[item.index] ?? -1;
                  const student = students[index];
                  if (!student) return null;
                  return (
                    <StudentRow
                      key={student.id}
                      position={item.index}
                      rowRef={virtualizer.measureElement}
                      student={student}
                      cells={matrix.cells[index] ?? []}
                      totals={totals[index]}
                      exercises={exercises}
                      dueAt={matrix.dueAt}
                      classId={classId}
                    />
                  );
                })}
                {after > 0 && (
                  <tr aria-hidden="true" className={styles.spacer} style={{ height: after }}>
                    <td colSpan={exercises.length + 2} />
                  </tr>
                )}
              </>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
