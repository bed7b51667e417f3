/**
 * A class's progress as a CSV file for a spreadsheet: one row per student × exercise.
 */
import Papa from "papaparse";
import type { ProgressMatrix } from "@/app/_shared/teaching/class-progress";

const FIELDS = ["name", "email", "exercise", "exercise id", "best score (%)", "attempts", "first passed at (UTC)", "last attempt at (UTC)"];

/** Excel and LibreOffice read a file without it as their local code page, which garbles accents. */
const BOM = "\uFEFF";

/** A score 0..1 as a percentage with at most one decimal (0.6667 → 66.7), empty when nothing is graded. */
const percent = (score: number | null) => (score === null ? "" : Math.round(score * 1000) / 10);

/**
 * The matrix as CSV: every field quoted, CRLF line ends (RFC 4180), a UTF-8 byte order mark, times
 * in ISO 8601 UTC.
 *
 * Names, emails and titles are typed by people, and a spreadsheet runs a cell beginning with =, +,
 * -, @, a tab or a carriage return as a formula (CSV injection): papaparse's escapeFormulae puts an
 * apostrophe before such a field, as OWASP advises, so it opens as text. Numbers are left as they are.
 */
export function classCsv(matrix: ProgressMatrix): string {
  const rows = matrix.students.flatMap((student, row) =>
    matrix.exercises.map((exercise, column) => {
      const cell = matrix.cells[row]?.[column];
      return [
        student.name,
        student.email,
        exercise.title,
        exercise.id,
        percent(cell?.bestScore ?? null),
        cell?.attempts ?? 0,
        cell?.firstPassedAt ?? "",
        cell?.lastAttemptAt ?? "",
      ];
    }),
  );
  return BOM + Papa.unparse({ fields: FIELDS, data: rows }, { quotes: true, newline: "\r\n", escapeFormulae: true });
}
