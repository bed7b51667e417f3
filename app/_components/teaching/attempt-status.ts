import type { TeacherAttempt } from "@/app/_shared/teaching/class-progress";

/**
 * How an attempt came out, in words a teacher reads beside its score: the words, not the colour,
 * carry the meaning. Submission statuses are "pending" (being graded), "graded" and "error" (the
 * grader failed: app/_server/grading/submissions.ts).
 */
export type AttemptOutcome = "passed" | "partial" | "failing" | "pending" | "error";

export function attemptOutcome(attempt: TeacherAttempt): AttemptOutcome {
  if (attempt.status === "error" || attempt.error) return "error";
  if (attempt.status !== "graded" || attempt.score === null) return "pending";
  if (attempt.score >= 1) return "passed";
  return attempt.score > 0 ? "partial" : "failing";
}

export const OUTCOME_WORDS: Record<AttemptOutcome, string> = {
  passed: "passed",
  partial: "partly passed",
  failing: "failed",
  pending: "being graded",
  error: "grading failed",
};

/** The score as a percentage, or a dash when there is none. */
export function scoreText(attempt: TeacherAttempt): string {
  return attempt.score === null ? "–" : `${Math.round(attempt.score * 100)}%`;
}
