import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createPrismaClient } from "@/app/_server/database-client";
import { jobIdOf } from "@/app/_server/grading/queue/pg-boss-connection";
import type { SubmissionView } from "@/app/_shared/submission-view";
import { type AppProcess, startServer, startWorker } from "@/scripts/bench-support/app-processes";
import { deployMigrations } from "../support/deploy-migrations";
import { type PostgresCluster, startPostgresCluster } from "../support/postgres-cluster";
import { until } from "../support/until";

/**
 * The grading queue when processes die, with real processes: `next start` of the production build,
 * `npm run worker`, a throwaway PostgreSQL server, SIGKILL. Nothing a learner was told is queued
 * (a 202) may be lost, and no submission may get two verdicts.
 */
const root = process.cwd();
const EXERCISE = "collect-the-cycle";
const SOLUTION = fs.readFileSync(path.join(root, "content/exercises", EXERCISE, "solution.py"), "utf8");
/** The solution after about 2 s of work: long enough to kill its grader in the middle. */
const SLOW_SOLUTION = `import time\nstarted = time.perf_counter()\nwhile time.perf_counter() - started < 2:\n    pass\n${SOLUTION}`;
/** Every process of these tests shares the secret that signs the learners' cookies. */
const SECRET = "grading-faults-secret-0123456789abcdef";
/** A short job time limit, so that a dead worker's job comes back within seconds. */
const WORKER_ENV = { HEAPWISE_SECRET: SECRET, ENGINE_POOL_SIZE: "1", GRADING_JOB_TIME_LIMIT_SECONDS: "10" };

test.describe.configure({ mode: "serial", timeout: 240_000 });

/** A visitor: their guest cookie, made by their first submission, works on every app instance. */
class Learner {
  private cookie = "";

  async submit(app: { url: string }, code: string): Promise<{ status: number; id: string }> {
    const response = await fetch(`${app.url}/api/exercises/${EXERCISE}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.url, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ code }),
    });
    this.cookie ||= response.headers.get("set-cookie")?.split(";")[0] ?? "";
    const body = (await response.json()) as { id?: string; error?: string };
    return { status: response.status, id: body.id ?? body.error ?? "" };
  }

  async view(app: { url: string }, id: string): Promise<SubmissionView> {
    const response = await fetch(`${app.url}/api/submissions/${id}`, { headers: { cookie: this.cookie } });
    expect(response.status).toBe(200);
    return (await response.json()) as SubmissionView;
  }

  /** Follows the submission through `app` until it has a verdict. */
  verdict(app: { url: string }, id: string, timeoutMs = 90_000): Promise<SubmissionView> {
    return until(() => this.view(app, id), (view) => view.status === "graded" || view.status === "error", `submission ${id}`, timeoutMs);
  }
}

async function accepted(learner: Learner, app: { url: string }, code: string): Promise<string> {
  const sent = await learner.submit(app, code);
  expect(sent.status, sent.id).toBe(202);
  return sent.id;
}

/** `count` submissions of `code`: the first alone (it makes the learner's cookie), the rest at once. */
async function acceptedMany(learner: Learner, app: { url: string }, code: string, count: number): Promise<string[]> {
  const first = await accepted(learner, app, code);
  return [first, ...(await Promise.all(Array.from({ length: count - 1 }, () => accepted(learner, app, code))))];
}

test.describe("on PostgreSQL, two app instances and grading workers", () => {
  let cluster: PostgresCluster;
  let url = "";
  let sql: pg.Pool;
  const processes: AppProcess[] = [];
  let appA: AppProcess & { url: string; port: number };
  let appB: AppProcess & { url: string; port: number };

  const worker = async () => {
    const started = await startWorker(root, { ...WORKER_ENV, DATABASE_URL: url });
    processes.push(started);
    return started;
  };
  const row = async (id: string) => (await sql.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM "Submission" WHERE id = $1`, [id])).rows[0];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    cluster = await startPostgresCluster();
    url = cluster.url();
    deployMigrations(url);
    sql = new pg.Pool({ connectionString: url, max: 2 });
    // Idle connections die with the server when it restarts; the pool replaces them.
    sql.on("error", () => {});
    appA = await startServer(root, { ...WORKER_ENV, DATABASE_URL: url });
    processes.push(appA);
    appB = await startServer(root, { ...WORKER_ENV, DATABASE_URL: url });
    processes.push(appB);
  });

  test.afterAll(async () => {
    await Promise.all(processes.map((each) => each.kill()));
    await sql?.end();
    cluster?.stop();
  });

  test("a submission made through one instance is graded by a worker and seen through the other", async () => {
    const workers = [await worker(), await worker()];
    const learners = [new Learner(), new Learner()];
    const ids = await Promise.all(learners.map((learner) => acceptedMany(learner, appA, SOLUTION, 4)));
    for (const [index, learner] of learners.entries()) {
      for (const id of ids[index] ?? []) {
        const view = await learner.verdict(appB, id);
        expect(view.status).toBe("graded");
        expect(view.score).toBe(1);
        expect((await row(id))?.attempts).toBe(1);
      }
    }
    // Another learner's submission is not theirs to see, on either instance.
    const other = await new Learner().submit(appB, SOLUTION);
    expect((await fetch(`${appA.url}/api/submissions/${ids[0]?.[0]}`, { headers: {} })).status).toBe(404);
    expect(other.status).toBe(202);
    await Promise.all(workers.map((each) => each.kill("SIGTERM")));
  });

  test("a worker killed in the middle of a grade: the job is retried and the submission graded once", async () => {
    const doomed = await worker();
    const learner = new Learner();
    const id = await accepted(learner, appA, SLOW_SOLUTION);
    await until(() => row(id), (value) => value?.status === "grading", "the submission's first grading");
    await doomed.kill("SIGKILL");
    expect((await learner.view(appB, id)).status).toBe("grading");
    const rescuer = await worker();
    const view = await learner.verdict(appB, id);
    expect(view.status).toBe("graded");
    expect(view.score).toBe(1);
    expect((await row(id))?.attempts).toBe(2);
    // The job is completed right after the verdict is stored: one job, run twice.
    const job = async () => (await sql.query<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM pgboss.job WHERE id = $1`, [jobIdOf(id)])).rows;
    expect(await until(job, (rows) => rows[0]?.state === "completed", "the job")).toEqual([{ state: "completed", retry_count: 1 }]);
    await rescuer.kill("SIGTERM");
  });

  test("a submission whose grading kills its worker every time ends as an error the learner reads", async () => {
    const learner = new Learner();
    const id = await accepted(learner, appA, SLOW_SOLUTION.replace("< 2", "< 4"));
    for (let attempt = 1; attempt <= 3; attempt++) {
      // Each new worker's maintenance expires the dead one's job, which then comes back to it.
      const doomed = await worker();
      await until(() => row(id), (value) => value?.status === "grading" && value.attempts === attempt, `grading attempt ${attempt}`);
      await doomed.kill("SIGKILL");
    }
    const survivor = await worker();
    const view = await learner.verdict(appB, id);
    expect(view.status).toBe("error");
    expect(view.error).toMatch(/^the grader stopped 3 times while grading this submission$/);
    expect((await row(id))?.attempts).toBe(3);
    await survivor.kill("SIGTERM");
  });

  test("the app killed with submissions queued: workers grade them, and the app sees them after its restart", async () => {
    const learner = new Learner();
    const ids = await acceptedMany(learner, appA, SOLUTION, 4);
    await appA.kill("SIGKILL");
    for (const id of ids) expect((await row(id))?.status).toBe("queued");
    const workers = [await worker(), await worker()];
    appA = await startServer(root, { ...WORKER_ENV, DATABASE_URL: url }, appA.port);
    processes.push(appA);
    for (const id of ids) expect((await learner.verdict(appA, id)).status).toBe("graded");
    await Promise.all(workers.map((each) => each.kill("SIGTERM")));
  });

  test("PostgreSQL restarted during a burst: workers reconnect, nothing accepted is lost", async () => {
    const workers = [await worker(), await worker()];
    const learners = Array.from({ length: 4 }, () => new Learner());
    const sent = await Promise.all(learners.map((learner) => acceptedMany(learner, appA, SLOW_SOLUTION.replace("< 2", "< 0.3"), 4)));
    cluster.restart();
    // The app reconnects too: submissions after the restart are accepted and graded.
    const after = await until(
      () => learners[0]?.submit(appB, SOLUTION) ?? Promise.reject(new Error("no learner")),
      (value) => value.status === 202,
      "a submission after the restart",
      30_000,
    );
    sent[0]?.push(after.id);
    for (const [index, learner] of learners.entries()) {
      for (const id of sent[index] ?? []) {
        const view = await learner.verdict(appA, id, 120_000);
        expect(view.status, view.error ?? "").toBe("graded");
      }
    }
    for (const each of workers) expect(each.process.exitCode).toBeNull();
    await Promise.all(workers.map((each) => each.kill("SIGTERM")));
  });
});

test("on SQLite, the server killed with submissions queued grades them after its restart", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-faults-"));
  const env = { HEAPWISE_SECRET: SECRET, ENGINE_POOL_SIZE: "1", DATABASE_URL: `file:${path.join(dir, "faults.db")}` };
  deployMigrations(env.DATABASE_URL);
  let server = await startServer(root, env);
  try {
    const learner = new Learner();
    const ids = await acceptedMany(learner, server, SLOW_SOLUTION.replace("< 2", "< 0.5"), 4);
    await server.kill("SIGKILL");
    const database = createPrismaClient(env.DATABASE_URL, root);
    const unfinished = await database.submission.count({ where: { id: { in: ids }, status: { in: ["queued", "grading"] } } });
    await database.$disconnect();
    expect(unfinished).toBeGreaterThan(0);
    server = await startServer(root, env, server.port);
    for (const id of ids) {
      const view = await learner.verdict(server, id);
      expect(view.status).toBe("graded");
      expect(view.score).toBe(1);
    }
  } finally {
    await server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
