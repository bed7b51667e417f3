import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import { z } from "zod";
import type { SubmissionStatus } from "@/app/_shared/submission-status";
import { run } from "@/engine/run";
import type { Database } from "../../database-client";
import { claimSubmission, giveUpOn, gradeSubmission } from "../grade-submission";
import { DEAD_LETTER_QUEUE, GRADING_QUEUE, startBoss } from "./pg-boss-connection";
import { sendGradingJob } from "./pg-boss-queue";

/** How long an idle grader waits before asking PostgreSQL for a job again. */
const IDLE_POLL_MS = 200;
/** After a failed fetch (PostgreSQL restarting), the wait before the next, doubling up to the last. */
const RECONNECT_MS = [250, 500, 1000, 2000, 4000];
/**
 * A submission still "queued" this long after it was stored is sent again: its app instance may
 * have stored the row and died (or lost PostgreSQL) before sending the job. Sending is idempotent.
 */
const RESEND_AFTER_MS = 15_000;

const payload = z.object({ submissionId: z.string().min(1) });

/**
 * A grading worker (`npm run worker`, a PostgreSQL DATABASE_URL): `graders` loops, each taking one
 * job at a time from pg-boss, grading its submission with the engine's sandboxed pool and storing
 * the verdict. A job is completed only after its verdict is stored; one whose grading or write
 * failed is failed and retried with backoff; one whose worker died is retried once its time limit
 * passes; one that failed every attempt reaches the dead letter, which marks the submission "error".
 */
export class GradingWorker {
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private resender: NodeJS.Timeout | null = null;

  private constructor(
    private readonly database: Database,
    private readonly boss: PgBoss,
  ) {}

  static async start(database: Database, databaseUrl: string, graders: number): Promise<GradingWorker> {
    // Each grader's interpreter loaded before the first job is taken: a cold start (seconds) would
    // count against the first job's time limit.
    await Promise.all(Array.from({ length: graders }, () => run("pass")));
    const worker = new GradingWorker(database, await startBoss(databaseUrl, { supervise: true }));
    for (let index = 0; index < graders; index++) worker.loops.push(worker.gradeLoop());
    await worker.boss.work<unknown>(DEAD_LETTER_QUEUE, { pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) {
        const parsed = payload.safeParse(job.data);
        if (parsed.success) await giveUpOn(database, parsed.data.submissionId);
      }
    });
    worker.resender = setInterval(() => void worker.resendLost(), RESEND_AFTER_MS);
    return worker;
  }

  /** Stops taking jobs, lets the gradings under way finish and store their verdicts, then disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.resender) clearInterval(this.resender);
    await Promise.all(this.loops);
    await this.boss.stop({ graceful: true, wait: true });
  }

  private async gradeLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let jobs: PgBoss.Job<unknown>[];
      try {
        jobs = await this.boss.fetch<unknown>(GRADING_QUEUE, { batchSize: 1 });
        failures = 0;
      } catch (error) {
        console.error(`grading worker: fetching a job failed (${message(error)}); trying again`);
        await sleep(RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
        continue;
      }
      const [job] = jobs;
      if (job) await this.handle(job);
      else await sleep(IDLE_POLL_MS);
    }
  }

  private async handle(job: PgBoss.Job<unknown>): Promise<void> {
    const parsed = payload.safeParse(job.data);
    try {
      if (!parsed.success) throw new Error(`a grading job without a submission id: ${JSON.stringify(job.data)}`);
      const { submissionId } = parsed.data;
      if (await claimSubmission(this.database, submissionId)) await gradeSubmission(this.database, submissionId);
      await this.boss.complete(GRADING_QUEUE, job.id);
    } catch (error) {
      console.error(`grading worker: job ${job.id} failed (${message(error)}); pg-boss retries it`);
      // If PostgreSQL is away this fails too, and the job's time limit brings it back.
      await this.boss.fail(GRADING_QUEUE, job.id, { message: message(error) }).catch(() => {});
    }
  }

  private async resendLost(): Promise<void> {
    try {
      const lost = await this.database.submission.findMany({
        where: { status: "queued" satisfies SubmissionStatus, createdAt: { lt: new Date(Date.now() - RESEND_AFTER_MS) } },
        select: { id: true },
        take: 500,
      });
      for (const { id } of lost) await sendGradingJob(this.boss, id, 0);
    } catch (error) {
      console.error(`grading worker: re-sending queued submissions failed (${message(error)})`);
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
