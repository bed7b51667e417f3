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
