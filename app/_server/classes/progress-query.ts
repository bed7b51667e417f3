import type { MatrixExercise, ProgressMatrix } from "@/app/_shared/teaching/class-progress";
import type { Database } from "../database-client";
import { type CellSummary, progressMatrixFromSummaries } from "./progress-matrix";

/**
 * The queries behind a progress matrix: the class's students, then their submissions to the given
 * exercises summed up per student and exercise by the database (three GROUP BYs, at most one row per
 * cell each), rather than every submission carried into JavaScript: a class of 200 with 40 exercises
 * and 5 attempts each is 40,000 submissions but 8,000 cells (measured in `npm run bench:matrix`).
 * Plain (not server-only) so that the benchmark measures these very queries on a real database.
 */
async function studentsOf(database: Database, classId: string) {
  const enrollments = await database.enrollment.findMany({ where: { classId }, include: { user: { select: { id: true, name: true, email: true } } } });
  return enrollments.map(({ user }) => user).sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

const key = (row: { userId: string; exerciseId: string }) => `${row.userId}\u0000${row.exerciseId}`;

export async function progressMatrixOf(database: Database, classId: string, exercises: MatrixExercise[], dueAt: Date | null): Promise<ProgressMatrix> {
  const students = await studentsOf(database, classId);
  const theirs = { userId: { in: students.map((student) => student.id) }, exerciseId: { in: exercises.map((exercise) => exercise.id) } };
  const by: ("userId" | "exerciseId")[] = ["userId", "exerciseId"];
  // Only graded rows carry a score that counts; one still grading, or whose grader failed, is an attempt.
  const [attempts, best, firstPassed] = await Promise.all([
    database.submission.groupBy({ by, where: theirs, _count: { _all: true }, _max: { createdAt: true } }),
    database.submission.groupBy({ by, where: { ...theirs, status: "graded", score: { not: null } }, _max: { score: true } }),
    database.submission.groupBy({ by, where: { ...theirs, status: "graded", score: { gte: 1 } }, _min: { createdAt: true } }),
  ]);
  const bestOf = new Map(best.map((row) => [key(row), row._max.score]));
  const firstPassedOf = new Map(firstPassed.map((row) => [key(row), row._min.createdAt]));
  const summaries: CellSummary[] = attempts.map((row) => ({
    userId: row.userId,
    exerciseId: row.exerciseId,
    attempts: row._count._all,
    lastAttemptAt: row._max.createdAt,
    bestScore: bestOf.get(key(row)) ?? null,
    firstPassedAt: firstPassedOf.get(key(row)) ?? null,
  }));
  return progressMatrixFromSummaries({ students, exercises, summaries, dueAt });
}
