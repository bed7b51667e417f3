import type { MatrixExercise, ProgressMatrix } from "@/app/_shared/teaching/class-progress";
import type { Database } from "../database-client";
import { buildProgressMatrix } from "./progress-matrix";

/**
 * The queries behind a progress matrix: the class's students, then every submission they made to
 * the given exercises in one query, folded by buildProgressMatrix. Plain (not server-only) so that the
 * matrix benchmark measures these very queries on a real database.
 */
export async function studentsOf(database: Database, classId: string) {
  const enrollments = await database.enrollment.findMany({ where: { classId }, include: { user: { select: { id: true, name: true, email: true } } } });
  return enrollments.map(({ user }) => user).sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

export async function progressMatrixOf(database: Database, classId: string, exercises: MatrixExercise[], dueAt: Date | null): Promise<ProgressMatrix> {
  const students = await studentsOf(database, classId);
  const submissions = await database.submission.findMany({
    where: { userId: { in: students.map((student) => student.id) }, exerciseId: { in: exercises.map((exercise) => exercise.id) } },
    select: { userId: true, exerciseId: true, status: true, score: true, createdAt: true },
  });
  return buildProgressMatrix({ students, exercises, submissions, dueAt });
}
