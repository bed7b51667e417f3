import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/app/_server/database-client";
import { syncExercises } from "@/app/_server/exercise-sync";
import { listExercises } from "@/app/_server/exercises";
import { GradingWorker } from "@/app/_server/grading/queue/grading-worker";
import { jobIdOf } from "@/app/_server/grading/queue/pg-boss-connection";
import { PgBossGradingQueue } from "@/app/_server/grading/queue/pg-boss-queue";
import { gradingQueue } from "@/app/_server/grading/queue/queue-instance";
import { MAX_WAITING_PER_LEARNER } from "@/app/_server/grading/queue/queue-limits";
import { submit, TooManyWaiting } from "@/app/_server/grading/submissions";
import { closeEngine } from "@/engine/run";
import { deployMigrations } from "../support/deploy-migrations";
import { type PostgresCluster, startPostgresCluster } from "../support/postgres-cluster";
import { until } from "../support/until";

/**
 * The PostgreSQL grading queue (pg-boss) on a throwaway PostgreSQL server with the real engine: a
 * worker in this process, jobs sent as the app sends them. The processes-killed cases are in
 * tests/faults/grading-faults.spec.ts.
 */
const [exercise] = listExercises();
let cluster: PostgresCluster;
let database: Database;
let queue: PgBossGradingQueue;
let worker: GradingWorker;
let users = 0;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const url = cluster.url();
  deployMigrations(url);
  database = createPrismaClient(url, process.cwd());
  if (!exercise) throw new Error("no exercise");
  await syncExercises(database, [exercise]);
  queue = await PgBossGradingQueue.start(url);
  worker = await GradingWorker.start(database, url, 2);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await queue?.close();
  closeEngine();
  await database?.$disconnect();
  cluster?.stop();
});

async function learner(): Promise<string> {
  const user = await database.user.create({ data: { id: `learner-${++users}`, name: `Learner ${users}`, email: `learner${users}@example.com` } });
  return user.id;
}

/** Stores a queued submission and sends it as submit() does, `learnerWaiting` being the learner's others waiting. */
async function submitted(userId: string, code: string, learnerWaiting: number) {
  if (!exercise) throw new Error("no exercise");
  const row = await database.submission.create({ data: { userId, exerciseId: exercise.id, code, contentHash: exercise.contentHash, pythonVersion: exercise.python, status: "queued" } });
  await queue.enqueue({ submissionId: row.id, learnerWaiting });
  return row;
}

describe("the PostgreSQL grading queue", () => {
  it("grades a submission once, and a second send of it makes no second job", async () => {
    if (!exercise) throw new Error("no exercise");
    const row = await submitted(await learner(), exercise.solution, 0);
    await queue.enqueue({ submissionId: row.id, learnerWaiting: 0 });
    const graded = await until(
      () => database.submission.findUniqueOrThrow({ where: { id: row.id } }),
      (value) => value.status === "graded",
      "the submission",
      120_000,
    );
    expect(graded).toMatchObject({ status: "graded", score: 1, attempts: 1 });
    expect(jobIdOf(row.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdOf(row.id)).toBe(jobIdOf(row.id));
    // Sent twice, one job (the send after the first is ignored): the row was graded by one grading.
    await queue.enqueue({ submissionId: row.id, learnerWaiting: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await database.submission.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(1);
  }, 120_000);

  it("one learner's six infinite loops delay another learner's submission by one grading at most", async () => {
    if (!exercise) throw new Error("no exercise");
    const looper = await learner();
    const other = await learner();
    const loops = [];
    for (let i = 0; i < 6; i++) loops.push(await submitted(looper, `while True:\n    pass  # ${i}\n`, i));
    const loopIds = loops.map((loop) => loop.id);
    // Both graders are on loops; the other learner submits.
    await until(
      () => database.submission.count({ where: { id: { in: loopIds }, status: "grading" } }),
      (count) => count === 2,
      "two loops grading",
      120_000,
    );
    const fair = await submitted(other, exercise.solution, 0);
    const submittedAt = Date.now();
    const graded = await until(
      () => database.submission.findUniqueOrThrow({ where: { id: fair.id } }),
      (value) => value.status === "graded",
      "the other learner's submission",
      120_000,
    );
    const waitedMs = Date.now() - submittedAt;
    const loopRows = await database.submission.findMany({ where: { id: { in: loopIds } } });
    const loopsDone = loopRows.filter((row) => row.gradedAt && graded.gradedAt && row.gradedAt <= graded.gradedAt).length;
    console.log(`pg-boss: another learner's grade waited ${waitedMs} ms behind six infinite loops; ${loopsDone} loop gradings finished before it`);
    expect(graded.score).toBe(1);
    expect(loopsDone).toBeLessThanOrEqual(2);
    expect(loopRows.filter((row) => row.attempts > 0).length).toBeLessThanOrEqual(4);
    await until(
      () => database.submission.count({ where: { id: { in: loopIds }, status: { in: ["queued", "grading"] } } }),
      (count) => count === 0,
      "the loops",
      180_000,
    );
  }, 300_000);

  it("holds a learner to their limit when ten Submits come at once", async () => {
    if (!exercise) throw new Error("no exercise");
    // submit() sends through the app's own queue, which reads DATABASE_URL. Infinite loops: none
    // is graded (and so stops counting) while the ten are stored.
    process.env.DATABASE_URL = cluster.url();
    const racer = await learner();
    const raced = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => submit(database, racer, exercise.id, { code: `while True:\n    pass  # ${i}\n` })));
    expect(raced.filter((each) => each.status === "fulfilled")).toHaveLength(MAX_WAITING_PER_LEARNER);
    for (const each of raced) if (each.status === "rejected") expect(each.reason).toBeInstanceOf(TooManyWaiting);
    await (await gradingQueue()).close();
  }, 120_000);
});
