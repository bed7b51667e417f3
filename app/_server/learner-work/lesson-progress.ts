import { z } from "zod";
import type { Database } from "../database-client";

/**
 * Whether a learner has finished a lesson: they say so with the button at its end (reading is not
 * something the server can see). One row per learner and lesson; a guest's rows move into their
 * account when they sign up (auth/guest-merge.ts). Plain (not server-only): Vitest runs it.
 */
export const lessonProgressRequest = z.strictObject({ done: z.boolean() });

export type LessonProgressView = { done: boolean; completedAt: string | null };

export async function lessonProgressOf(database: Database, userId: string, lessonSlug: string): Promise<LessonProgressView> {
  const row = await database.lessonProgress.findUnique({ where: { userId_lessonSlug: { userId, lessonSlug } } });
  return { done: row?.completedAt != null, completedAt: row?.completedAt?.toISOString() ?? null };
}

export async function setLessonDone(database: Database, userId: string, lessonSlug: string, done: boolean): Promise<LessonProgressView> {
  const completedAt = done ? new Date() : null;
  const row = await database.lessonProgress.upsert({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    create: { userId, lessonSlug, completedAt },
    // Marking a done lesson done again keeps the first completion.
    update: done ? {} : { completedAt: null },
  });
  if (done && row.completedAt === null) {
    const marked = await database.lessonProgress.update({ where: { id: row.id }, data: { completedAt } });
    return { done: true, completedAt: marked.completedAt?.toISOString() ?? null };
  }
  return { done: row.completedAt !== null, completedAt: row.completedAt?.toISOString() ?? null };
}
