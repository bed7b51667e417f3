import "server-only";
import { z } from "zod";
import { unsupportedVersion } from "@/engine/grading/exercise";
import { grade, type GradeResult } from "@/engine/grading/grade";
import { PYTHON_VERSIONS, type PythonVersion } from "@/engine/protocol";
import { run } from "@/engine/run";
import type { Database } from "../database-client";
import { syncExercises } from "../exercise-sync";
import { findExercise } from "../exercises";

export const submissionRequest = z.object({
  code: z.string().max(100_000, "code is longer than 100,000 characters"),
  python: z.enum(PYTHON_VERSIONS).optional(),
});

export type SubmissionView = {
  id: string;
  status: string;
  score: number | null;
  pythonVersion: string;
  createdAt: string;
  result: GradeResult | null;
};

export class UnknownExercise extends Error {}

/** A version the exercise is not graded on (checks.json "versions"); the message says which it is graded on. */
export class UnsupportedVersion extends Error {}

/**
 * Grades a submission on the server (authoritative: hidden cases included) on the version it names,
 * or the exercise's default, and stores it; a version the exercise is not graded on is refused
 * before anything is stored. The row
 * is written before grading starts, so a worker that crashes leaves a submission marked "error",
 * never a lost one.
 */
export async function submit(database: Database, userId: string, exerciseId: string, input: z.infer<typeof submissionRequest>): Promise<SubmissionView> {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new UnknownExercise(exerciseId);
  await syncExercises(database, [exercise]);
  const python: PythonVersion = input.python ?? exercise.python;
  const unsupported = unsupportedVersion(exercise, python);
  if (unsupported) throw new UnsupportedVersion(unsupported);
  const row = await database.submission.create({
    data: { userId, exerciseId, code: input.code, contentHash: exercise.contentHash, pythonVersion: python, status: "grading" },
  });
  try {
    const result = await grade(exercise, input.code, { run, mode: "authoritative", python });
    const updated = await database.submission.update({
      where: { id: row.id },
      data: { status: "graded", score: result.score, results: JSON.stringify(result), engineVersion: result.run.engine, gradedAt: new Date() },
    });
    return view(updated);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = await database.submission.update({ where: { id: row.id }, data: { status: "error", results: JSON.stringify({ error: message }) } });
    return view(failed);
  }
}

/** The learner's own submissions to one exercise, newest first. */
export async function submissionsOf(database: Database, userId: string, exerciseId: string): Promise<SubmissionView[]> {
  const rows = await database.submission.findMany({ where: { userId, exerciseId }, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map(view);
}

function view(row: { id: string; status: string; score: number | null; pythonVersion: string; createdAt: Date; results: string | null }): SubmissionView {
  const parsed = row.results ? (JSON.parse(row.results) as unknown) : null;
  const result = parsed && typeof parsed === "object" && "checks" in parsed ? (parsed as GradeResult) : null;
  return { id: row.id, status: row.status, score: row.score, pythonVersion: row.pythonVersion, createdAt: row.createdAt.toISOString(), result };
}
