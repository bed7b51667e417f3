/**
 * The order in which the progress matrix lists its students: by name, by their totals, or by their
 * best score on one exercise. A plain sort of row indices rather than @tanstack/react-table: the
 * matrix sorts one key at a time over at most a few hundred rows, and draws its own markup (sticky
 * row headers, a pass-rate row, cells that are links), so the table library would bring a store, row
 * models and column definitions to replace one comparator.
 */
import type { StudentTotals } from "@/app/_server/classes/progress-matrix";
import type { ProgressMatrix } from "@/app/_shared/teaching/class-progress";

export type SortColumn = { column: "name" } | { column: "total" } | { column: "exercise"; index: number };
export type SortDirection = "ascending" | "descending";
export type MatrixSort = SortColumn & { direction: SortDirection };

export const sameColumn = (a: SortColumn, b: SortColumn) =>
  a.column === b.column && (a.column !== "exercise" || (b.column === "exercise" && a.index === b.index));

/** Clicking the sorted column's header turns its order round; another column starts ascending. */
export const nextSort = (current: MatrixSort, clicked: SortColumn): MatrixSort =>
  sameColumn(current, clicked)
    ? { ...current, direction: current.direction === "ascending" ? "descending" : "ascending" }
    : { ...clicked, direction: "ascending" };

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/**
 * The students' indices in `matrix.students`, in the order `sort` asks for. Ties fall back to the
 * name, ascending whichever way the column runs; a student with no graded attempt at the sorted
 * exercise comes last both ways, since they have no score to rank.
 */
export function sortedStudents(matrix: ProgressMatrix, totals: StudentTotals[], sort: MatrixSort): number[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byName = (a: number, b: number) => collator.compare(matrix.students[a]?.name ?? "", matrix.students[b]?.name ?? "");
  const primary = (a: number, b: number): number => {
    if (sort.column === "name") return sign * byName(a, b);
    if (sort.column === "total") {
      const ta = totals[a];
      const tb = totals[b];
      return sign * ((ta?.passed ?? 0) - (tb?.passed ?? 0) || (ta?.meanBestScore ?? 0) - (tb?.meanBestScore ?? 0));
    }
    const sa = matrix.cells[a]?.[sort.index]?.bestScore ?? null;
    const sb = matrix.cells[b]?.[sort.index]?.bestScore ?? null;
    if (sa === null || sb === null) return sa === sb ? 0 : sa === null ? 1 : -1;
    return sign * (sa - sb);
  };
  return matrix.students.map((_, index) => index).sort((a, b) => primary(a, b) || byName(a, b));
}
