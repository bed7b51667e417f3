import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../app/_server/database-client";
import type { MatrixExercise, MatrixStudent } from "../../app/_shared/teaching/class-progress";
import type { MatrixSubmission } from "../../app/_server/classes/progress-matrix";

type SyntheticClass = { students: MatrixStudent[]; exercises: MatrixExercise[]; submissions: MatrixSubmission[] };

/**
 * A throwaway SQLite file, migrated by the committed migrations, holding the synthetic classes as the
 * app stores them: users, a class each with its enrollments, exercises and every submission. What
 * the dashboard's queries read from it is what they read in production.
 */
export async function seededDatabase(root: string, classes: Record<string, SyntheticClass>): Promise<{ database: Database; classIds: Record<string, string>; dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-bench-matrix-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  const deployed = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (deployed.status !== 0) throw new Error(`migrate.ts deploy failed: ${deployed.stderr}`);
  const database = createPrismaClient(url, root);
  const teacher = await database.user.create({ data: { email: "teacher@example.org", name: "Teacher", role: "teacher" } });
  const classIds: Record<string, string> = {};
  for (const [name, synthetic] of Object.entries(classes)) {
    // Ids are made unique per class, as each class has its own students.
    const id = (local: string) => `${name}-${local}`;
    const klass = await database.class.create({ data: { name, joinCode: name.toUpperCase().padEnd(8, "X").slice(0, 8), teacherId: teacher.id } });
    classIds[name] = klass.id;
    await database.user.createMany({ data: synthetic.students.map((student) => ({ id: id(student.id), email: `${name}-${student.email}`, name: student.name })) });
    await database.enrollment.createMany({ data: synthetic.students.map((student) => ({ classId: klass.id, userId: id(student.id) })) });
    await database.exercise.createMany({ data: synthetic.exercises.map((exercise) => ({ id: id(exercise.id), title: exercise.title, contentHash: "bench" })) });
    for (let start = 0; start < synthetic.submissions.length; start += 5_000) {
      await database.submission.createMany({
        data: synthetic.submissions.slice(start, start + 5_000).map((submission) => ({
          userId: id(submission.userId),
          exerciseId: id(submission.exerciseId),
          code: "print(1)\n",
          contentHash: "bench",
          pythonVersion: "3.14",
          status: submission.status,
          score: submission.score,
          createdAt: submission.createdAt,
        })),
      });
    }
  }
  return {
    database,
    classIds,
    dispose: async () => {
      await database.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
