/**
 * `npm run loadtest [-- --postgres --workers 2 --learners 100 --per-learner 5 --programs solutions --url URL]`: a burst of
 * submissions through the API against a production build (`npm run build` first), on loopback, bounded
 * (it stops itself after 10 minutes). Without --url it migrates a fresh database and starts `next start`
 * on it: an SQLite file (graders inside the server), or with --postgres a throwaway PostgreSQL server
 * with `--workers` grading worker processes (`npm run worker`, `--graders-per-worker` each, default 1)
 * beside the server, which then only queues.
 *
 * Every learner is a visitor with their own cookie; each sends `--per-learner` submissions at once
 * (the reference solutions and known-wrong attempts of the exercises, round-robin), all learners
 * together. Meanwhile a lesson page is fetched every 200 ms. Figures, read from the server's own rows
 * (createdAt → gradedAt, so the time is the queue's and the grader's, not this script's polling):
 * submissions accepted and lost (accepted but never graded), graded exactly once (one grading
 * started), gradings per second, p50/p99 from Submit to verdict, p50/p99 of the lesson page. Then,
 * as the baselines from the same run, the same programs graded by grade() in this process on a
 * 2-process engine pool (no HTTP, no queue, no database), and small runs per second on that pool.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../app/_server/database-client";
import { loadExercises } from "../engine/grading/load-exercises";
import { grade } from "../engine/grading/grade";
import { closeEngine, run } from "../engine/run";
import { isPostgresUrl } from "../prisma/database-url";
import { startPostgresCluster } from "../tests/support/postgres-cluster";
import { startServer, startWorker } from "./bench-support/app-processes";
import { median, percentile } from "./bench-support/statistics";

const root = path.resolve(import.meta.dirname, "..");
const DEADLINE_MS = 10 * 60_000;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const learners = Number(argument("learners") ?? 100);
const perLearner = Number(argument("per-learner") ?? 5);

/**
 * Programs to submit: each exercise's reference solution and its known-wrong attempts, or with
 * `--programs solutions` the solutions only (no wrong attempt's 5-second infinite loop in the mix).
 */
const exercises = loadExercises(path.join(root, "content", "exercises"));
const onlySolutions = argument("programs") === "solutions";
const programs = exercises.flatMap((exercise) =>
  [exercise.solution, ...(onlySolutions ? [] : exercise.wrongAttempts.map((wrong) => wrong.code))].map((code) => ({ exercise: exercise.id, code })),
);

const postgres = process.argv.includes("--postgres");
const workerCount = Number(argument("workers") ?? 2);
const gradersPerWorker = argument("graders-per-worker") ?? "1";

let databaseUrl = process.env.DATABASE_URL ?? "";
let tearDown = () => {};
if (!argument("url")) {
  if (postgres) {
    const cluster = await startPostgresCluster();
    databaseUrl = cluster.url();
    tearDown = () => cluster.stop();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-load-"));
    databaseUrl = `file:${path.join(dir, "load.db")}`;
    tearDown = () => fs.rmSync(dir, { recursive: true, force: true });
  }
  process.env.DATABASE_URL = databaseUrl;
  for (const script of ["db:deploy", "content:sync"]) {
    const done = spawnSync("npm", ["run", "-s", script], { cwd: root, env: process.env, stdio: "inherit" });
    if (done.status !== 0) throw new Error(`npm run ${script} failed`);
  }
}
if (!databaseUrl) throw new Error("with --url, set DATABASE_URL to that server's database (the figures are read from its rows)");
const started = argument("url") ? null : await startServer(root);
const workers = started && postgres ? await Promise.all(Array.from({ length: workerCount }, () => startWorker(root, { ENGINE_POOL_SIZE: gradersPerWorker }))) : [];
const baseUrl = argument("url") ?? started?.url ?? "";
const database = createPrismaClient(databaseUrl, root);
console.log(
  argument("url")
    ? `the server at ${baseUrl}, on ${isPostgresUrl(databaseUrl) ? "PostgreSQL" : "SQLite"}`
    : postgres
      ? `PostgreSQL: one server queuing, ${workers.length} grading workers of ${gradersPerWorker} grader(s) each`
      : `SQLite: one server grading with ${process.env.ENGINE_POOL_SIZE ?? 2} graders`,
);

type Sent = { id: string; status: number };

async function submitAs(learner: number): Promise<Sent[]> {
  let cookie = "";
  const sent: Sent[] = [];
  const send = async (index: number) => {
    const program = programs[(learner * perLearner + index) % programs.length];
    if (!program) throw new Error("no program");
    const response = await fetch(`${baseUrl}/api/exercises/${program.exercise}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ code: program.code }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie && !cookie) cookie = setCookie.split(";")[0] ?? "";
    const body = (await response.json()) as { id?: string };
    sent.push({ id: body.id ?? "", status: response.status });
  };
  // The first one makes the learner (a guest cookie); the rest go together.
  await send(0);
  await Promise.all(Array.from({ length: perLearner - 1 }, (_, index) => send(index + 1)));
  return sent;
}

const pageTimes: number[] = [];
let bursting = true;
const pageLoop = (async () => {
  while (bursting) {
    const start = performance.now();
    const response = await fetch(`${baseUrl}/lessons/everything-is-an-object`);
    await response.text();
    pageTimes.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
})();

const burstStart = Date.now();
const sent = (await Promise.all(Array.from({ length: learners }, (_, learner) => submitAs(learner)))).flat();
const accepted = sent.filter((each) => each.status === 202).map((each) => each.id);
const refused = new Map<number, number>();
for (const each of sent) if (each.status !== 202) refused.set(each.status, (refused.get(each.status) ?? 0) + 1);
console.log(`${sent.length} submissions from ${learners} learners sent in ${((Date.now() - burstStart) / 1000).toFixed(1)} s: ${accepted.length} accepted (202), refused ${JSON.stringify(Object.fromEntries(refused))}`);

for (;;) {
  const waiting = await database.submission.count({ where: { id: { in: accepted }, status: { in: ["queued", "grading"] } } });
  if (waiting === 0) break;
  if (Date.now() - burstStart > DEADLINE_MS) {
    console.log(`stopped after ${DEADLINE_MS / 60_000} minutes with ${waiting} still waiting`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
bursting = false;
await pageLoop;

const rows = await database.submission.findMany({ where: { id: { in: accepted } } });
const graded = rows.filter((row) => row.status === "graded" && row.gradedAt);
const lost = accepted.length - graded.length - rows.filter((row) => row.status === "error").length;
const once = graded.filter((row) => row.attempts === 1).length;
const verdictMs = graded.map((row) => (row.gradedAt?.getTime() ?? 0) - row.createdAt.getTime());
const first = Math.min(...rows.map((row) => row.createdAt.getTime()));
const last = Math.max(...graded.map((row) => row.gradedAt?.getTime() ?? 0));
console.log(`graded ${graded.length}, errors ${rows.filter((row) => row.status === "error").length}, lost ${lost}; graded with one grading started: ${once}`);
console.log(`gradings per second: ${(graded.length / ((last - first) / 1000)).toFixed(1)} (${graded.length} in ${((last - first) / 1000).toFixed(1)} s)`);
console.log(`Submit → verdict: p50 ${(median(verdictMs) / 1000).toFixed(2)} s, p99 ${(percentile(verdictMs, 99) / 1000).toFixed(2)} s`);
console.log(`lesson page during the burst (${pageTimes.length} fetches): p50 ${median(pageTimes).toFixed(0)} ms, p99 ${percentile(pageTimes, 99).toFixed(0)} ms`);

await database.$disconnect();
await Promise.all([started?.kill("SIGTERM"), ...workers.map((worker) => worker.kill("SIGTERM"))]);
tearDown();

// The baselines, measured in this run with the server and workers stopped: the same programs graded
// in this process (the engine's pool of 2, no HTTP, queue or database), and small runs per second.
// Each of the pool's interpreters loaded first: a cold start is not a grading.
await Promise.all([run("pass"), run("pass")]);
const engineStart = performance.now();
let gradedHere = 0;
await Promise.all(
  [0, 1].map(async (lane) => {
    for (let index = lane; index < programs.length * 2; index += 2) {
      const program = programs[index % programs.length];
      const exercise = program && exercises.find((each) => each.id === program.exercise);
      if (!program || !exercise) continue;
      await grade(exercise, program.code, { run, mode: "authoritative" });
      gradedHere++;
    }
  }),
);
console.log(`baseline, grade() in-process on the engine pool: ${(gradedHere / ((performance.now() - engineStart) / 1000)).toFixed(1)} gradings/s (${gradedHere} programs)`);
const runsStart = performance.now();
await Promise.all([0, 1].map(async () => {
  for (let index = 0; index < 100; index++) await run("print(sum(range(100)))");
}));
console.log(`baseline, the engine's raw runs: ${(200 / ((performance.now() - runsStart) / 1000)).toFixed(1)} small runs/s on 2 processes`);
closeEngine();
