import { z } from "zod";
import type { Exercise } from "@/engine/grading/exercise";
import type { Database } from "../database-client";
import { syncExercises } from "../exercise-sync";

/**
 * The code a learner has typed into an exercise and not necessarily submitted, one row per learner
 * and exercise (Draft, keyed "exercise:<id>"). Saved as the learner types, so that a reload, another
 * tab or another day starts where they stopped. Plain (not server-only): Vitest runs it on real SQLite.
 */
export const draftRequest = z.object({
  code: z.string().max(100_000, "code is longer than 100,000 characters"),
});

export type DraftView = { code: string; updatedAt: string };

const draftKey = (exerciseId: string) => `exercise:${exerciseId}`;

export async function draftOf(database: Database, userId: string, exerciseId: string): Promise<DraftView | null> {
  const row = await database.draft.findUnique({ where: { userId_key: { userId, key: draftKey(exerciseId) } } });
  return row ? { code: row.code, updatedAt: row.updatedAt.toISOString() } : null;
}

/** Stores the learner's code for `exercise`, replacing what was there. */
export async function saveDraft(database: Database, userId: string, exercise: Exercise, code: string): Promise<DraftView> {
  // The draft refers to the exercise's row, which start-up sync makes; a content folder added since
  // (or a database deployed without the sync) gets its row here, once.
  const known = await database.exercise.findUnique({ where: { id: exercise.id }, select: { id: true } });
  if (!known) await syncExercises(database, [exercise]);
  const key = draftKey(exercise.id);
  const row = await database.draft.upsert({
    where: { userId_key: { userId, key } },
    create: { userId, key, exerciseId: exercise.id, code },
    update: { code },
  });
  return { code: row.code, updatedAt: row.updatedAt.toISOString() };
}

/** Forgets the draft (the learner went back to the starter code): true if there was one. */
export async function deleteDraft(database: Database, userId: string, exerciseId: string): Promise<boolean> {
  const { count } = await database.draft.deleteMany({ where: { userId, key: draftKey(exerciseId) } });
  return count > 0;
}
