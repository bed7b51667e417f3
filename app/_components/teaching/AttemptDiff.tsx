import { useMemo } from "react";
import type { TeacherAttempt } from "@/app/_shared/teaching/class-progress";
import { When } from "../When";
import { lineDiff, type DiffRow } from "./line-diff";
import styles from "./AttemptDiff.module.css";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The change of a row, as a mark for the eye and a word for a screen reader. */
function Change({ kind }: { kind: "added" | "removed" | "same" }) {
  if (kind === "same") return <span className="visually-hidden">unchanged</span>;
  return (
    <>
      <span aria-hidden="true">{kind === "added" ? "+" : "−"}</span>
      <span className="visually-hidden">{kind}</span>
    </>
  );
}

function Row({ row }: { row: DiffRow }) {
  if (row.kind === "skipped") {
    return (
      <tr className={styles.skipped}>
        <td colSpan={4}>⋯ {plural(row.lines, "unchanged line")}</td>
      </tr>
    );
  }
  const oldLine = row.kind === "added" ? "" : row.oldLine;
  const newLine = row.kind === "removed" ? "" : row.newLine;
  // <ins> and <del> say it too, for the readers that announce them.
  const text = row.kind === "added" ? <ins>{row.text}</ins> : row.kind === "removed" ? <del>{row.text}</del> : row.text;
  return (
    <tr className={styles[row.kind]} data-change={row.kind}>
      <td className={styles.number}>{oldLine}</td>
      <td className={styles.number}>{newLine}</td>
      <td className={styles.mark}>
        <Change kind={row.kind} />
      </td>
      <td className={styles.text}>{text}</td>
    </tr>
  );
}

/**
 * The line diff between two attempts, older to newer, as one unified listing: removed lines marked
 * "−" and numbered in the older code, added lines marked "+" and numbered in the newer, with a few
 * unchanged lines around each change. A table, so that each line's numbers and change are read with it.
 */
export function AttemptDiff({ older, newer, olderNumber, newerNumber }: { older: TeacherAttempt; newer: TeacherAttempt; olderNumber: number; newerNumber: number }) {
  const { rows, added, removed } = useMemo(() => lineDiff(older.code, newer.code), [older.code, newer.code]);
  return (
    <div className={styles.diff} data-testid="attempt-diff">
      <p className={styles.summary}>
        From attempt {olderNumber} (<When iso={older.createdAt} />, Python {older.pythonVersion}) to attempt {newerNumber} (<When iso={newer.createdAt} />, Python{" "}
        {newer.pythonVersion}):{" "}
        {added + removed === 0 ? (
          "the code is the same."
        ) : (
          <>
            <span className={styles.addedCount}>{plural(added, "line")} added</span>, <span className={styles.removedCount}>{plural(removed, "line")} removed</span>.
          </>
        )}
      </p>
      {added + removed > 0 && (
        // Focusable so that a keyboard can scroll a long line sideways on a narrow screen.
        <div className={styles.scroller} tabIndex={0} role="region" aria-label="Line diff, older to newer">
          <table className={styles.table}>
            <caption className="visually-hidden">Changes from the older attempt to the newer, line by line</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Older line</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">Newer line</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">Change</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">Code</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <Row key={index} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
