import type { Exercise } from "@/engine/grading/exercise";
import type { Database } from "./database-client";

/**
 * Makes the database's exercise rows match the content: one row per exercise with its content hash and the Python versions it is graded on,
 * which each submission also records. Run at start-up (scripts/sync-exercises.ts) and before a
 * submission is stored. Plain (not server-only): the start-up script uses it too.
 */
export async function syncExercises(database: Database, exercises: Exercise[]): Promise<void> {
  for (const exercise of exercises) {
    const row = {
      title: exercise.title,
      lessonSlug: exercise.lesson,
      contentHash: exercise.contentHash,
      pythonVersions: exercise.versions.join(","),
      defaultPython: exercise.python,
    };
    await database.exercise.upsert({ where: { id: exercise.id }, create: { id: exercise.id, ...row }, update: row });
  }
}

// Per client, the exercises (by id and content hash) this process has written: content changes only
// with a new release (a new process), so a submission's exercise row is written once, not per Submit.
const synced = new WeakMap<Database, Set<string>>();

/** syncExercises for one exercise, skipped when this process already wrote it to this database. */
export async function syncExerciseOnce(database: Database, exercise: Exercise): Promise<void> {
  const done = synced.get(database) ?? new Set<string>();
  synced.set(database, done);
  const key = `${exercise.id}\0${exercise.contentHash}`;
  if (done.has(key)) return;
  await syncExercises(database, [exercise]);
  done.add(key);
}
