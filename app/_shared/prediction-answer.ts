/**
 * What a predict block's program answered and whether a prediction matched it. One module for the
 * browser (the verdict shown after Run), the server (the verdict stored) and the tests that run every
 * predict block on every version, so that the three can never disagree.
 */

/** A stored prediction as the API and the lesson page give it. */
export type PredictionView = {
  predictId: string;
  lesson: string;
  /** The Python version the learner ran, e.g. "3.14". */
  python: string;
  predicted: string;
  /** What CPython printed last on that version, as the learner's browser ran it. */
  actual: string;
  correct: boolean;
  createdAt: string;
};

/** A prediction without choices is a whole number, as typed: an optional sign and digits. */
const WHOLE_NUMBER = /^[+-]?\d{1,30}$/;

/** The longest answer kept: a predict block's last line is a short value, not a dump. */
export const ANSWER_MAX_CHARS = 200;

/**
 * The program's answer: the last line it printed to stdout, stripped of surrounding whitespace
 * (trailing blank lines are not a line of output). Null when it printed nothing.
 */
export function programAnswer(stdout: string): string | null {
  const text = stdout.trimEnd();
  if (!text) return null;
  const last = text.slice(text.lastIndexOf("\n") + 1).trim();
  return last.length > ANSWER_MAX_CHARS ? `${last.slice(0, ANSWER_MAX_CHARS)}…` : last;
}

export function isWholeNumber(text: string): boolean {
  return WHOLE_NUMBER.test(text.trim());
}

/** "+07" and "7" are the same number; anything else compares as written (trimmed). */
export function canonicalAnswer(text: string): string {
  const trimmed = text.trim();
  return isWholeNumber(trimmed) ? BigInt(trimmed).toString() : trimmed;
}

/** Whether the learner's prediction is what CPython printed. */
export function predictionIsRight(predicted: string, actual: string): boolean {
  return canonicalAnswer(predicted) === canonicalAnswer(actual);
}

/**
 * Why a prediction is not an answer to this question, or null when it is: one of the choices, or a
 * whole number when the block has none.
 */
export function predictionProblem(predicted: string, choices: readonly string[] | null): string | null {
  if (choices) return choices.includes(predicted) ? null : `the prediction must be one of ${choices.map((choice) => `"${choice}"`).join(", ")}`;
  return isWholeNumber(predicted) ? null : "the prediction must be a whole number";
}
