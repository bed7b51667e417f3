import { diffLines } from "diff";

/** One row of a unified line diff: a line with its numbers on each side, or a run of unchanged lines left out. */
export type DiffRow =
  | { kind: "same"; oldLine: number; newLine: number; text: string }
  | { kind: "removed"; oldLine: number; text: string }
  | { kind: "added"; newLine: number; text: string }
  | { kind: "skipped"; lines: number };

export type LineDiff = { rows: DiffRow[]; added: number; removed: number };

/** Unchanged lines shown on each side of a change; longer runs of unchanged lines are folded. */
export const CONTEXT_LINES = 3;

/** Lines as a diff reads them: "\r\n" is "\n", and the last line ends with "\n" whether or not it was typed. */
function linesOf(text: string): string {
  const unix = text.replace(/\r\n?/g, "\n");
  return unix === "" || unix.endsWith("\n") ? unix : `${unix}\n`;
}

/**
 * The line diff from `older` to `newer` as a unified view: removed lines (numbered in the older
 * text), added lines (numbered in the newer), and unchanged lines near a change; a longer run of
 * unchanged lines becomes one "skipped" row, so that a one-line fix in a long program reads at a glance.
 */
export function lineDiff(older: string, newer: string, context = CONTEXT_LINES): LineDiff {
  const full: Exclude<DiffRow, { kind: "skipped" }>[] = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  for (const change of diffLines(linesOf(older), linesOf(newer))) {
    // Every part ends with "\n" (linesOf), so the text after the last one is empty.
    for (const text of change.value.split("\n").slice(0, -1)) {
      if (change.added) {
        full.push({ kind: "added", newLine: newLine++, text });
        added++;
      } else if (change.removed) {
        full.push({ kind: "removed", oldLine: oldLine++, text });
        removed++;
      } else full.push({ kind: "same", oldLine: oldLine++, newLine: newLine++, text });
    }
  }
  return { rows: fold(full, context), added, removed };
}

/** Keeps `context` unchanged lines on each side of every change and folds the rest into "skipped" rows. */
function fold(full: Exclude<DiffRow, { kind: "skipped" }>[], context: number): DiffRow[] {
  const near = full.map(() => false);
  full.forEach((row, index) => {
    if (row.kind === "same") return;
    for (let at = Math.max(0, index - context); at <= Math.min(full.length - 1, index + context); at++) near[at] = true;
  });
  const rows: DiffRow[] = [];
  let far: DiffRow[] = [];
  // A single unchanged line takes no more room than the row that would say it was left out.
  const flush = () => {
    if (far.length === 1) rows.push(...far);
    else if (far.length > 1) rows.push({ kind: "skipped", lines: far.length });
    far = [];
  };
  full.forEach((row, index) => {
    if (near[index]) {
      flush();
      rows.push(row);
    } else far.push(row);
  });
  flush();
  return rows;
}
