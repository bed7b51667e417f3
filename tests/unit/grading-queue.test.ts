import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/app/_server/database-client";
import { syncExercises } from "@/app/_server/exercise-sync";
import { listExercises } from "@/app/_server/exercises";
import { LocalGradingQueue } from "@/app/_server/grading/queue/local-queue";
import { gradingQueue } from "@/app/_server/grading/queue/queue-instance";
import { MAX_GRADING_ATTEMPTS, MAX_WAITING_PER_LEARNER } from "@/app/_server/grading/queue/queue-limits";
import { submit, TooManyWaiting } from "@/app/_server/grading/submissions";
import { readStoredResults } from "@/app/_server/grading/stored-results";
import { closeEngine } from "@/engine/run";
import { deployMigrations } from "../support/deploy-migrations";

/**
 * The single-machine grading queue on a real SQLite file with the real engine: every queued
 * submission graded once, what a dead process left half-graded graded after a restart, a submission
 * that kept killing its grader given up with a reason, and one learner's infinite loops delaying
 * another learner's grade by one grading at most.
 */
const [exercise] = listExercises();
let database: Database;
let tearDown = () => {};
let users = 0;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-queue-"));
  const url = `file:${path.join(dir, "test.db")}`;
  // submit() reaches the database and the queue through the app's own db(): this file's database.
  process.env.DATABASE_URL = url;
  tearDown = () => fs.rmSync(dir, { recursive: true, force: true });
  deployMigrations(url);
  database = createPrismaClient(url, process.cwd());
  if (!exercise) throw new Error("no exercise");
  await syncExercises(database, [exercise]);
});

afterAll(async () => {
  closeEngine();
  await database.$disconnect();
  tearDown();
});

async function learner(): Promise<string> {
  const user = await database.user.create({ data: { id: `learner-${++users}`, name: `Learner ${users}`, email: `learner${users}@example.com` } });
  return user.id;
}

function submission(userId: string, code: string, state: { status?: string; attempts?: number } = {}) {
  if (!exercise) throw new Error("no exercise");
  return database.submission.create({ data: { userId, exerciseId: exercise.id, code, contentHash: exercise.contentHash, pythonVersion: exercise.python, status: state.status ?? "queued", attempts: state.attempts ?? 0 } });
}

async function settled(ids: string[], timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await database.submission.findMany({ where: { id: { in: ids } } });
    if (rows.every((row) => row.status === "graded" || row.status === "error")) return new Map(rows.map((row) => [row.id, row]));
    if (Date.now() > deadline) throw new Error(`not settled: ${rows.map((row) => `${row.id} ${row.status}`).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the local grading queue", () => {
  it("grades what is queued and what a dead process left grading, each once, and gives up on a submission that kept killing its grader", async () => {
    if (!exercise) throw new Error("no exercise");
    const [wrong] = exercise.wrongAttempts;
    if (!wrong) throw new Error(`${exercise.id} has no wrong attempt`);
    const who = await learner();
    const solved = await submission(who, exercise.solution);
    const left = await submission(who, exercise.solution, { status: "grading", attempts: 1 });
    const failing = await submission(who, wrong.code);
    const doomed = await submission(who, exercise.solution, { status: "grading", attempts: MAX_GRADING_ATTEMPTS });

    const queue = await LocalGradingQueue.start(database, 2);
    const rows = await settled([solved.id, left.id, failing.id, doomed.id]);
    await queue.close();

    for (const id of [solved.id, left.id]) {
      expect(rows.get(id)).toMatchObject({ status: "graded", score: 1 });
      expect(readStoredResults(rows.get(id)?.results ?? null).result?.passed).toBe(true);
    }
    expect(rows.get(solved.id)?.attempts).toBe(1);
    expect(rows.get(left.id)?.attempts).toBe(2);
    expect(rows.get(failing.id)?.status).toBe("graded");
    expect(rows.get(failing.id)?.score).toBeLessThan(1);
    expect(rows.get(doomed.id)?.status).toBe("error");
    expect(readStoredResults(rows.get(doomed.id)?.results ?? null).error).toMatch(/stopped 3 times/);
  }, 180_000);

  it("one learner's six infinite loops delay another learner's submission by one grading at most", async () => {
    if (!exercise) throw new Error("no exercise");
    const looper = await learner();
    const other = await learner();
    const loops = [];
    for (let i = 0; i < 6; i++) loops.push(await submission(looper, `while True:\n    pass  # ${i}\n`));
    const queue = await LocalGradingQueue.start(database, 2);
    // Both graders are now on loops; the other learner submits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fair = await submission(other, exercise.solution);
    const submittedAt = Date.now();
    const graded = (await settled([fair.id])).get(fair.id);
    const waitedMs = Date.now() - submittedAt;
    const loopRows = await database.submission.findMany({ where: { id: { in: loops.map((loop) => loop.id) } } });
    const loopsDone = loopRows.filter((row) => row.status === "graded" && row.gradedAt && graded?.gradedAt && row.gradedAt <= graded.gradedAt).length;
    console.log(`another learner's grade waited ${waitedMs} ms behind six infinite loops; ${loopsDone} loop gradings finished before it`);
    expect(graded?.score).toBe(1);
    // The two loops under way when it arrived finish first (one grading's wait); no later loop starts before it.
    expect(loopsDone).toBeLessThanOrEqual(2);
    const started = await database.submission.count({ where: { id: { in: loops.map((loop) => loop.id) }, attempts: { gt: 0 } } });
    await queue.close();
    expect(started).toBeLessThanOrEqual(4);
  }, 240_000);

  it("stores a submission as queued and refuses one past the learner's limit, with the reason", async () => {
    if (!exercise) throw new Error("no exercise");
    const who = await learner();
    const first = await submit(database, who, exercise.id, { code: "while True:\n    pass\n" });
    expect(first).toMatchObject({ status: "queued", result: null, error: null });
    for (let i = 1; i < MAX_WAITING_PER_LEARNER; i++) await submit(database, who, exercise.id, { code: `while True:\n    pass  # ${i}\n` });
    await expect(submit(database, who, exercise.id, { code: "print(1)\n" })).rejects.toThrow(TooManyWaiting);
    await expect(submit(database, who, exercise.id, { code: "print(1)\n" })).rejects.toThrow(`${MAX_WAITING_PER_LEARNER} submissions waiting`);
    // Another learner is not held by the first one's limit.
    expect((await submit(database, await learner(), exercise.id, { code: "print(1)\n" })).status).toBe("queued");
    // Ten Submits at once from one learner: the limit holds (the count and the insert are one step).
    const racer = await learner();
    const raced = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => submit(database, racer, exercise.id, { code: `while True:\n    pass  # ${i}\n` })));
    expect(raced.filter((each) => each.status === "fulfilled")).toHaveLength(MAX_WAITING_PER_LEARNER);
    for (const each of raced) if (each.status === "rejected") expect(each.reason).toBeInstanceOf(TooManyWaiting);
    await (await gradingQueue()).close();
    expect(await database.submission.count({ where: { userId: who } })).toBe(MAX_WAITING_PER_LEARNER);
  }, 120_000);
});
