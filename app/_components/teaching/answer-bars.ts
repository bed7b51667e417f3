import type { ClassPrediction } from "@/app/_shared/teaching/class-progress";
import { versionGroups } from "@/app/_shared/teaching/cpython-versions";
import { isWholeNumber } from "@/app/_shared/prediction-answer";

/** One bar of a question's chart: an answer, how many students predicted it, and whether CPython printed it. */
export type AnswerBar = {
  answer: string;
  count: number;
  /** Where CPython printed this answer: "CPython" when every version agrees, else "CPython 3.11", "CPython 3.12+"; null when it did not. */
  cpython: string | null;
  /** What the bar says beside it: its count, and CPython's mark. */
  label: string;
};

const countOf = (counts: Record<string, number>, answer: string) => (Object.hasOwn(counts, answer) ? (counts[answer] ?? 0) : 0);

/** Whole numbers in numeric order ("-1", "2", "10"); anything else after them, as text. */
function byNumber(a: string, b: string): number {
  if (isWholeNumber(a) && isWholeNumber(b)) {
    const difference = BigInt(a) - BigInt(b);
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
  }
  return isWholeNumber(a) ? -1 : isWholeNumber(b) ? 1 : a.localeCompare(b);
}

/**
 * The bars of one question: every choice in the block's order, even one nobody picked; then any
 * other answer that was predicted or that CPython printed (a whole-number question has no choices:
 * its bars are the numbers predicted, and CPython's even when nobody predicted it), in numeric order.
 */
export function answerBars(prediction: ClassPrediction): AnswerBar[] {
  const groups = versionGroups(prediction.cpython);
  const others = new Set([...Object.keys(prediction.counts), ...groups.map((group) => group.answer)]);
  for (const choice of prediction.choices) others.delete(choice);
  const answers = [...prediction.choices, ...[...others].sort(byNumber)];
  return answers.map((answer) => {
    const printedOn = groups.filter((group) => group.answer === answer).map((group) => group.label);
    const cpython = printedOn.length === 0 ? null : groups.length === 1 ? "CPython" : `CPython ${printedOn.join(", ")}`;
    const count = countOf(prediction.counts, answer);
    return { answer, count, cpython, label: cpython ? `${count} · ✓ ${cpython}` : String(count) };
  });
}

/** CPython's answer in a line: "CPython: 2", or per version when they disagree ("CPython 3.11: 2 vs 3.12+: 1"). */
export function cpythonSummary(cpython: Record<string, string>): string | null {
  const groups = versionGroups(cpython);
  const [only] = groups;
  if (!only) return null;
  if (groups.length === 1) return `CPython: ${only.answer}`;
  return `CPython ${groups.map((group) => `${group.label}: ${group.answer}`).join(" vs ")}`;
}
