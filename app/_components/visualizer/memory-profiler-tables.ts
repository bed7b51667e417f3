/**
 * memory_profiler's `@profile` tables read back out of a program's stdout, so the visualizer can show
 * them as tables. The format is the one engine/probe/memory_profiler.py prints (memory_profiler 0.61's
 * show_results, plus one line that says what "Mem usage" measures):
 *
 *     Filename: <file>
 *     <blank>
 *     [Mem usage: ... note ...]
 *     Line #    Mem usage    Increment  Occurrences   Line Contents
 *     =============================================================
 *          4      0.0 MiB      0.0 MiB           1   @profile
 *          5                                         def build(n):
 *     <blank>
 *     <blank>
 *
 * Rows are `"{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}"`: a line that did not run has blank figure
 * columns (40 spaces before its text). The source text keeps its indentation.
 */

export type ProfiledLine = {
  readonly line: number;
  /** As printed ("0.1 MiB"), or null for a line that did not run. */
  readonly usage: string | null;
  readonly increment: string | null;
  /** Increment in MiB as printed, for marking the lines that grew or shrank memory. */
  readonly incrementMiB: number | null;
  readonly occurrences: number | null;
  readonly contents: string;
};

export type MemoryProfilerTable = {
  readonly filename: string;
  /** The line above the header saying what Mem usage measures (absent in the real memory_profiler's output). */
  readonly note: string | null;
  readonly rows: readonly ProfiledLine[];
};

export type ParsedProfilerOutput = {
  readonly tables: readonly MemoryProfilerTable[];
  /** stdout without the tables: what the program printed itself. */
  readonly rest: string;
};

const HEADER = /^Line #\s+Mem usage\s+Increment\s+Occurrences\s+Line Contents$/;
const MEASURED = /^ *(\d+) +(-?\d+(?:\.\d+)?) MiB +(-?\d+(?:\.\d+)?) MiB +(\d+)   (.*)$/;
const UNMEASURED = /^ *(\d+) {41}(.*)$/;

function rowOf(text: string): ProfiledLine | null {
  const measured = MEASURED.exec(text);
  if (measured) {
    const [, line = "", usage = "", increment = "", occurrences = "", contents = ""] = measured;
    return { line: Number(line), usage: `${usage} MiB`, increment: `${increment} MiB`, incrementMiB: Number(increment), occurrences: Number(occurrences), contents };
  }
  const unmeasured = UNMEASURED.exec(text);
  if (!unmeasured) return null;
  const [, line = "", contents = ""] = unmeasured;
  return { line: Number(line), usage: null, increment: null, incrementMiB: null, occurrences: null, contents };
}

/** One table starting at `lines[start]` ("Filename: ..."), and the index after it; null if what follows is not a table. */
function tableAt(lines: readonly string[], start: number): { table: MemoryProfilerTable; next: number } | null {
  const filename = lines[start]?.slice("Filename: ".length) ?? "";
  let at = start + 1;
  if (lines[at] !== "") return null;
  at++;
  let note: string | null = null;
  if (!HEADER.test(lines[at] ?? "")) {
    note = lines[at] ?? null;
    at++;
  }
  if (!HEADER.test(lines[at] ?? "") || !/^=+$/.test(lines[at + 1] ?? "")) return null;
  at += 2;
  const rows: ProfiledLine[] = [];
  for (; at < lines.length && lines[at] !== ""; at++) {
    const row = rowOf(lines[at] ?? "");
    if (!row) return null;
    rows.push(row);
  }
  // The table ends with two empty lines ("\n\n" after the last row).
  for (let blank = 0; blank < 2 && lines[at] === "" && at < lines.length - 1; blank++) at++;
  return { table: { filename, note, rows }, next: at };
}

export function parseMemoryProfilerTables(stdout: string): ParsedProfilerOutput {
  // The text after the last "\n" is a line still being printed (or ""): kept apart so `rest` ends as stdout did.
  const lines = stdout.split("\n");
  const tables: MemoryProfilerTable[] = [];
  const kept: string[] = [];
  for (let at = 0; at < lines.length; ) {
    const found = lines[at]?.startsWith("Filename: ") ? tableAt(lines, at) : null;
    if (found) {
      tables.push(found.table);
      at = found.next;
    } else {
      kept.push(lines[at] ?? "");
      at++;
    }
  }
  return { tables, rest: kept.join("\n") };
}
