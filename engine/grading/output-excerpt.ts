/**
 * What a grade keeps of a program's output: it is stored with every submission and shown beside the
 * verdicts, so a program that prints a megabyte keeps its head and its tail (where a traceback is),
 * with a line saying how much was left out between them.
 */
export const KEPT_OUTPUT_CHARS = 8_000;

export function outputExcerpt(text: string, keep = KEPT_OUTPUT_CHARS): string {
  if (text.length <= 2 * keep) return text;
  const left = text.length - 2 * keep;
  return `${text.slice(0, keep)}\n… ${left.toLocaleString("en-US")} characters left out …\n${text.slice(-keep)}`;
}
