import { z } from "zod";
import { submissionStatus, type SubmissionStatus } from "@/app/_shared/submission-status";
import type { GradeResult } from "@/engine/grading/grade";
import { storedGradeResultSchema } from "@/engine/grading/grade-result-schema";

/** What a submission row's `results` column holds: a grade, or why there is none (the grader failed). */
export type StoredResults = { result: GradeResult | null; error: string | null };

const graderError = z.strictObject({ error: z.string() });

/** What `results` holds when the grader could not grade: the reason, as readStoredResults reads it. */
export function storedGraderError(message: string): string {
  return JSON.stringify({ error: message } satisfies z.infer<typeof graderError>);
}

/**
 * Reads a row's `results` through its schema: a grade (checks stored before they had a state get
 * the state their verdict gave, as countsAsPassed reads them), or the grader's error. A column that
 * is neither is reported as an error of its own rather than shown as a grade.
 */
export function readStoredResults(text: string | null): StoredResults {
  if (text === null) return { result: null, error: null };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { result: null, error: "the stored grade is not JSON" };
  }
  const failed = graderError.safeParse(stored);
  if (failed.success) return { result: null, error: failed.data.error };
  const grade = storedGradeResultSchema.safeParse(stored);
  if (!grade.success) return { result: null, error: `the stored grade could not be read: ${z.prettifyError(grade.error)}` };
  const checks = grade.data.checks.map((check) => ({ ...check, state: check.state ?? (check.passed ? "passed" : "failed") }));
  return { result: { ...grade.data, checks }, error: null };
}

/** A row's `status` through the one enum; a value it does not name is shown as the grader's error. */
export function readStatus(text: string): SubmissionStatus {
  const status = submissionStatus.safeParse(text);
  return status.success ? status.data : "error";
}
