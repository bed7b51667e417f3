import "server-only";
import { grade } from "@/engine/grading/grade";
import { z } from "zod";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { run } from "@/engine/run";
import type { Database } from "../database-client";
import { findExercise } from "../exercises";
import { MAX_GRADING_ATTEMPTS } from "./queue/queue-limits";

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
    await finish({ status: "error", results: JSON.stringify({ error: `the grader stopped ${MAX_GRADING_ATTEMPTS} times while grading this submission; it was not graded` }) });
    return;
  }
  const exercise = findExercise(row.exerciseId);
  const python = z.enum(PYTHON_VERSIONS).safeParse(row.pythonVersion);
  if (!python.success) {
    await finish({ status: "error", results: JSON.stringify({ error: `Python ${row.pythonVersion} is not one the engine runs` }) });
    return;
  }
  if (!exercise) {
    await finish({ status: "error", results: JSON.stringify({ error: `the exercise '${row.exerciseId}' no longer exists` }) });
    return;
  }
  try {
    const result = await grade(exercise, row.code, { run, mode: "authoritative", python: python.data });
    await finish({ status: "graded", score: result.score, results: JSON.stringify(result), engineVersion: result.run.engine });
  } catch (error) {
    await finish({ status: "error", results: JSON.stringify({ error: error instanceof Error ? error.message : String(error) }) });
  }
}
