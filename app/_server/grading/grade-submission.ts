import "server-only";
import { grade } from "@/engine/grading/grade";
import { z } from "zod";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { run } from "@/engine/run";
import type { SubmissionStatus } from "@/app/_shared/submission-status";
import type { Database } from "../database-client";
import { findExercise } from "../exercises";
import { MAX_GRADING_ATTEMPTS } from "./queue/queue-limits";
import { storedGraderError } from "./stored-results";

const UNFINISHED: SubmissionStatus[] = ["queued", "grading"];

/**
 * Takes a submission for grading: marks it "grading" and counts the attempt. A queue whose job is
 * the lock (pg-boss) claims a row still "grading" too: that job's first worker died under it.
 * False when the row is gone or already has its verdict.
 */
export async function claimSubmission(database: Database, submissionId: string, from: SubmissionStatus[] = UNFINISHED): Promise<boolean> {
  const { count } = await database.submission.updateMany({
    where: { id: submissionId, status: { in: from } },
    data: { status: "grading" satisfies SubmissionStatus, attempts: { increment: 1 } },
  });
  return count === 1;
}

/**
 * Grades one claimed submission ("grading", its attempts counted by the claim) and stores the verdict.
 * The write is keyed by the submission and its state: only a row still "grading" takes a verdict, so
 * a grading retried after its first grader was presumed dead never stores two.
 */
export async function gradeSubmission(database: Database, submissionId: string): Promise<void> {
  const row = await database.submission.findUnique({ where: { id: submissionId } });
  if (!row || row.status !== "grading") return;
  const finish = (data: { status: "graded" | "error"; score?: number; results: string; engineVersion?: string }) =>
    database.submission.updateMany({ where: { id: row.id, status: "grading" }, data: { ...data, gradedAt: new Date() } });
  if (row.attempts > MAX_GRADING_ATTEMPTS) {
    await giveUpOn(database, row.id);
    return;
  }
  const exercise = findExercise(row.exerciseId);
  const python = z.enum(PYTHON_VERSIONS).safeParse(row.pythonVersion);
  if (!python.success) {
    await finish({ status: "error", results: storedGraderError(`Python ${row.pythonVersion} is not one the engine runs`) });
    return;
  }
  if (!exercise) {
    await finish({ status: "error", results: storedGraderError(`the exercise '${row.exerciseId}' no longer exists`) });
    return;
  }
  let verdict: Parameters<typeof finish>[0];
  try {
    const result = await grade(exercise, row.code, { run, mode: "authoritative", python: python.data });
    verdict = { status: "graded", score: result.score, results: JSON.stringify(result), engineVersion: result.run.engine };
  } catch (error) {
    verdict = { status: "error", results: storedGraderError(error instanceof Error ? error.message : String(error)) };
  }
  // Outside the try: a write that fails (the database restarting) is the queue's to retry, not a verdict.
  await finish(verdict);
}

/** Marks a submission whose every grading failed as "error", with the reason the learner reads. */
export async function giveUpOn(database: Database, submissionId: string): Promise<void> {
  await database.submission.updateMany({
    where: { id: submissionId, status: { in: UNFINISHED } },
    data: {
      status: "error" satisfies SubmissionStatus,
      results: storedGraderError(`the grader stopped ${MAX_GRADING_ATTEMPTS} times while grading this submission`),
      gradedAt: new Date(),
    },
  });
}
