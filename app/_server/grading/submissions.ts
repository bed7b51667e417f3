import "server-only";
import { z } from "zod";
import { unsupportedVersion } from "@/engine/grading/exercise";
import { PYTHON_VERSIONS, type PythonVersion } from "@/engine/protocol";
import type { SubmissionStatus } from "@/app/_shared/submission-status";
import type { SubmissionView } from "@/app/_shared/submission-view";
import type { Database } from "../database-client";
import { syncExerciseOnce } from "../exercise-sync";
import { findExercise } from "../exercises";
import { gradingQueue } from "./queue/queue-instance";
import { MAX_WAITING_PER_LEARNER } from "./queue/queue-limits";
import { readStatus, readStoredResults } from "./stored-results";

export const submissionRequest = z.object({
  code: z.string().max(100_000, "code is longer than 100,000 characters"),
  python: z.enum(PYTHON_VERSIONS).optional(),
});

export class UnknownExercise extends Error {}

/** A version the exercise is not graded on (checks.json "versions"); the message says which it is graded on. */
export class UnsupportedVersion extends Error {}

/** The learner already has MAX_WAITING_PER_LEARNER submissions waiting or being graded. */
export class TooManyWaiting extends Error {}

/**
 * Stores a submission as "queued" for the version it names (or the exercise's default) and hands it
 * to the grading queue; the verdict comes later (submissionOf). A version the exercise is not graded
 * on is refused before anything is stored, and so is a learner with too many submissions waiting.
 */
export async function submit(database: Database, userId: string, exerciseId: string, input: z.infer<typeof submissionRequest>): Promise<SubmissionView> {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new UnknownExercise(exerciseId);
  await syncExerciseOnce(database, exercise);
  const python: PythonVersion = input.python ?? exercise.python;
  const unsupported = unsupportedVersion(exercise, python);
  if (unsupported) throw new UnsupportedVersion(unsupported);
  const { row, waiting } = await database.$transaction(async (tx) => {
    // The learner's row, written first, serialises their submissions: PostgreSQL holds its lock
    // until this transaction ends and SQLite takes the database's write lock, so two Submits at
    // once cannot both count 4 and both pass a limit of 5.
    await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${userId}`;
    const count = await tx.submission.count({ where: { userId, status: { in: ["queued", "grading"] satisfies SubmissionStatus[] } } });
    if (count >= MAX_WAITING_PER_LEARNER) {
      throw new TooManyWaiting(`you have ${count} submissions waiting to be graded; submit again once they are graded (at most ${MAX_WAITING_PER_LEARNER} wait at a time)`);
    }
    const created = await tx.submission.create({
      data: { userId, exerciseId, code: input.code, contentHash: exercise.contentHash, pythonVersion: python, status: "queued" satisfies SubmissionStatus },
    });
    return { row: created, waiting: count };
  });
  try {
    await (await gradingQueue()).enqueue({ submissionId: row.id, learnerWaiting: waiting });
  } catch (error) {
    // The row is stored: the local queue reads rows, not messages, and PostgreSQL's workers send
    // again what stays queued (grading-worker.ts). The learner is told it is queued, which it is.
    console.error(`submission ${row.id} is stored but its grading job was not sent yet:`, error);
  }
  return view(row);
}

/** One of the learner's own submissions, as the page polls it until it is graded; null for anyone else's. */
export async function submissionOf(database: Database, userId: string, submissionId: string): Promise<SubmissionView | null> {
  const row = await database.submission.findFirst({ where: { id: submissionId, userId } });
  return row ? view(row) : null;
}

/** The learner's own submissions to one exercise, newest first. */
export async function submissionsOf(database: Database, userId: string, exerciseId: string): Promise<SubmissionView[]> {
  const rows = await database.submission.findMany({ where: { userId, exerciseId }, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map(view);
}

function view(row: { id: string; status: string; score: number | null; pythonVersion: string; createdAt: Date; results: string | null }): SubmissionView {
  const { result, error } = readStoredResults(row.results);
  return { id: row.id, status: readStatus(row.status), error, score: row.score, pythonVersion: row.pythonVersion, createdAt: row.createdAt.toISOString(), result };
}
