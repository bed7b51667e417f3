import "server-only";
import type { ClassPrediction, MatrixExercise, ProgressMatrix, TeacherAttempt } from "@/app/_shared/teaching/class-progress";
import type { Database } from "../database-client";
import { listExercises } from "../exercises";
import { listLessons } from "../lessons";
import { listPredictBlocks } from "../predictions/predict-blocks";
import { readStatus, readStoredResults } from "../grading/stored-results";
import { classPredictions } from "./class-predictions";
import { assignmentOf } from "./classes";
import { progressMatrixOf } from "./progress-query";

/** Every exercise in course order: by its lesson's place in the course, then by title. */
export function courseExercises(): MatrixExercise[] {
  const order = new Map(listLessons().map((lesson) => [lesson.slug, lesson.order]));
  return listExercises()
    .map(({ id, title, lesson }) => ({ id, title, lessonSlug: lesson }))
    .sort((a, b) => (order.get(a.lessonSlug ?? "") ?? 99) - (order.get(b.lessonSlug ?? "") ?? 99) || a.title.localeCompare(b.title));
}

type ClassRow = { id: string; assignment: string | null; dueAt: Date | null };

/** Students × the exercises the assignment counts, from every submission they made (one query). */
export async function classProgress(database: Database, klass: ClassRow): Promise<ProgressMatrix> {
  const assigned = assignmentOf(klass);
  return progressMatrixOf(database, klass.id, courseExercises().filter((exercise) => assigned === null || assigned.includes(exercise.id)), klass.dueAt);
}

/** Each predict-then-run question of the course, with how the class's students (the matrix's, already read) answered it. */
export async function classPredictionsOf(database: Database, studentIds: string[]): Promise<ClassPrediction[]> {
  const lessons = listLessons();
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.title]));
  const order = new Map(lessons.map((lesson) => [lesson.slug, lesson.order]));
  // In course order (the files list alphabetically); a lesson's blocks keep their order in it (a stable sort).
  const inCourseOrder = listPredictBlocks().sort((a, b) => (order.get(a.lesson) ?? 99) - (order.get(b.lesson) ?? 99));
  const blocks = inCourseOrder.map((block) => ({
    id: block.id,
    lesson: block.lesson,
    lessonTitle: titles.get(block.lesson) ?? block.lesson,
    question: block.question,
    choices: block.choices ?? [],
  }));
  const predictions = await database.prediction.findMany({
    where: { userId: { in: studentIds } },
    select: { userId: true, predictId: true, predicted: true, actual: true, pythonVersion: true, createdAt: true },
  });
  return classPredictions({ blocks, predictions, studentIds });
}

/** How many attempts the teacher's view lists: a long struggle shows whole. */
export const TEACHER_ATTEMPTS_SHOWN = 100;

/** A student's attempts at one exercise, newest first, with their verdicts and evidence. */
export async function studentAttempts(database: Database, studentId: string, exerciseId: string): Promise<TeacherAttempt[]> {
  const rows = await database.submission.findMany({
    where: { userId: studentId, exerciseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: TEACHER_ATTEMPTS_SHOWN,
  });
  return rows.map((row) => {
    const { result, error } = readStoredResults(row.results);
    return { id: row.id, createdAt: row.createdAt.toISOString(), pythonVersion: row.pythonVersion, status: readStatus(row.status), score: row.score, code: row.code, result, error };
  });
}
