const LINE_HEIGHT_PX = 19;
const PADDING_PX = 16;
const MAX_LINES = 30;

/**
 * An editor fitted to its code, so that a lesson reads like a page, not a stack of scroll boxes:
 * at least `minLines`, with `spareLines` below the code to type into, at most 30 lines.
 */
export function editorHeight(code: string, minLines = 3, spareLines = 0): string {
  const lines = Math.min(MAX_LINES, Math.max(minLines, code.split("\n").length + spareLines));
  return `${lines * LINE_HEIGHT_PX + PADDING_PX}px`;
}
