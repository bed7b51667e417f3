import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/app/_server/database-client";
import { deployMigrations } from "../support/deploy-migrations";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";

const root = process.cwd();

/** The same behaviour is required of both providers. */
function describeSchema(provider: string, setUp: () => Promise<{ url: string; tearDown: () => void }>) {
  describe(`schema on ${provider}`, () => {
    let database: Database;
    let url = "";
    let tearDown = () => {};

    beforeAll(async () => {
      const target = await setUp();
      ({ url, tearDown } = target);
      expect(deployMigrations(url)).toMatch(/_init\/migration\.sql/);
      database = createPrismaClient(url, root);
    });

    afterAll(async () => {
      await database?.$disconnect();
      tearDown();
    });

    it("stores users with roles, classes with unique join codes and enrollments", async () => {
      const teacher = await database.user.create({ data: { email: `t-${provider}@example.com`, name: "Grace", role: "teacher" } });
      const learner = await database.user.create({ data: { email: `l-${provider}@example.com`, name: "Ada" } });
      expect(learner.role).toBe("learner");

      const klass = await database.class.create({ data: { name: "Memory 101", joinCode: `JOIN-${provider}`, teacherId: teacher.id } });
      await database.enrollment.create({ data: { classId: klass.id, userId: learner.id } });

      await expect(database.class.create({ data: { name: "Copy", joinCode: `JOIN-${provider}`, teacherId: teacher.id } })).rejects.toThrow(/Unique constraint/);
      await expect(database.enrollment.create({ data: { classId: klass.id, userId: learner.id } })).rejects.toThrow(/Unique constraint/);

      const roster = await database.class.findUniqueOrThrow({ where: { joinCode: `JOIN-${provider}` }, include: { enrollments: { include: { user: true } } } });
      expect(roster.enrollments.map((e) => e.user.name)).toEqual(["Ada"]);
    });

    it("keeps submissions, drafts, progress and predictions per user, and deletes them with the user", async () => {
      const learner = await database.user.create({ data: { email: `s-${provider}@example.com`, name: "Linus" } });
      const exercise = await database.exercise.create({ data: { id: `break-the-cycle-${provider}`, title: "Break the cycle", contentHash: "sha256:abc" } });
      await database.submission.create({
        data: { userId: learner.id, exerciseId: exercise.id, code: "import gc\n", contentHash: exercise.contentHash, pythonVersion: "3.14" },
      });
      await database.draft.create({ data: { userId: learner.id, key: `exercise:${exercise.id}`, exerciseId: exercise.id, code: "x = 1\n" } });
      await database.lessonProgress.create({ data: { userId: learner.id, lessonSlug: "everything-is-an-object", completedAt: new Date() } });
      await database.prediction.create({
        data: { userId: learner.id, lessonSlug: "everything-is-an-object", predictId: "slice-copy-identity", pythonVersion: "3.14", predicted: "True", actual: "False", correct: false },
      });
      expect(await database.prediction.findFirstOrThrow({ where: { userId: learner.id, predictId: "slice-copy-identity" } })).toMatchObject({ correct: false });

      const stored = await database.submission.findFirstOrThrow({ where: { userId: learner.id } });
      // A new row waits for a grader, with no grading started: the queue's starting state.
      expect(stored).toMatchObject({ status: "queued", attempts: 0 });
      expect(stored.code).toBe("import gc\n");

      await database.user.delete({ where: { id: learner.id } });
      expect(await database.submission.count({ where: { userId: learner.id } })).toBe(0);
      expect(await database.draft.count({ where: { userId: learner.id } })).toBe(0);
      expect(await database.lessonProgress.count({ where: { userId: learner.id } })).toBe(0);
      expect(await database.prediction.count({ where: { userId: learner.id } })).toBe(0);
    });

    it("applies nothing twice when deployed again", () => {
      expect(deployMigrations(url)).toMatch(/no pending migrations/);
    });
  });
}

describeSchema("sqlite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-sqlite-"));
  return { url: `file:${path.join(dir, "test.db")}`, tearDown: () => fs.rmSync(dir, { recursive: true, force: true }) };
});

let cluster: PostgresCluster | undefined;
describeSchema("postgresql", async () => {
  cluster = await startPostgresCluster();
  return { url: cluster.url(), tearDown: () => cluster?.stop() };
});
