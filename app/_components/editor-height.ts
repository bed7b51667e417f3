export const LINE_HEIGHT_PX = 19;
export const PADDING_PX = 16;
export const MAX_LINES = 30;

/**
 * An editor fitted to its code, so that a lesson reads like a page, not a stack of scroll boxes:
 * at least `minLines`, with `spareLines` below the code to type into, at most 30 lines. This is the
 * first paint's estimate; once Monaco runs, the editor follows its content's real height (wrapped
 * lines included, see MonacoEditor's fitContent).
 */
export function editorHeight(code: string, minLines = 3, spareLines = 0): string {
  return `${heightForLines(Math.max(minLines, code.split("\n").length + spareLines))}px`;
}

/** Pixels for a number of lines, capped at MAX_LINES. */
export function heightForLines(lines: number): number {
  return Math.min(MAX_LINES, lines) * LINE_HEIGHT_PX + PADDING_PX;
}
