import "server-only";
import type { MatrixCell } from "@/app/_shared/teaching/class-progress";
import { courseExercises } from "../classes/dashboard";
import { buildProgressMatrix } from "../classes/progress-matrix";
import type { Database } from "../database-client";
import { listLessons } from "../lessons";
import { attemptOf, type Attempt } from "./attempts";

export type LessonProgressRow = {
  slug: string;
  title: string;
  order: number;
  completedAt: string | null;
  exercises: { id: string; title: string; cell: MatrixCell }[];
};

export type LearnerProgress = {
  lessons: LessonProgressRow[];
  lessonsDone: number;
  exercisesPassed: number;
  exercisesTotal: number;
  recent: (Attempt & { exerciseId: string; exerciseTitle: string })[];
};

/** How many of their latest attempts the page lists, across exercises. */
export const RECENT_ATTEMPTS = 15;

/** A learner's own progress through the course: lessons marked done, each exercise's best, their latest attempts. */
export async function progressOf(database: Database, userId: string): Promise<LearnerProgress> {
  const exercises = courseExercises();
  const [submissions, lessonRows, recentRows, user] = await Promise.all([
    database.submission.findMany({ where: { userId }, select: { userId: true, exerciseId: true, status: true, score: true, createdAt: true } }),
    database.lessonProgress.findMany({ where: { userId } }),
    database.submission.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT_ATTEMPTS }),
    database.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } }),
  ]);
  // The same reckoning as a teacher's matrix: one row, the learner's own.
  const matrix = buildProgressMatrix({ students: [user], exercises, submissions, dueAt: null });
  const cells = matrix.cells[0] ?? [];
  const completed = new Map(lessonRows.map((row) => [row.lessonSlug, row.completedAt?.toISOString() ?? null]));
  const titles = new Map(exercises.map((exercise) => [exercise.id, exercise.title]));
  const lessons = listLessons().map((lesson) => ({
    slug: lesson.slug,
    title: lesson.title,
    order: lesson.order,
    completedAt: completed.get(lesson.slug) ?? null,
    exercises: exercises.flatMap((exercise, index) => {
      const cell = cells[index];
      return exercise.lessonSlug === lesson.slug && cell ? [{ id: exercise.id, title: exercise.title, cell }] : [];
    }),
  }));
  return {
    lessons,
    lessonsDone: lessons.filter((lesson) => lesson.completedAt).length,
    exercisesPassed: cells.filter((cell) => cell.state === "passed").length,
    exercisesTotal: exercises.length,
    recent: recentRows.map((row) => ({ ...attemptOf(row), exerciseId: row.exerciseId, exerciseTitle: titles.get(row.exerciseId) ?? row.exerciseId })),
  };
}
