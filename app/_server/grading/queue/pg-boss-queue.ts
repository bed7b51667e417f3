import "server-only";
import type PgBoss from "pg-boss";
import type { GradingJob, GradingQueue } from "./grading-queue";
import { GRADING_QUEUE, type GradingPayload, jobIdOf, startBoss } from "./pg-boss-connection";

/**
 * The several-machines queue (a PostgreSQL DATABASE_URL): app instances send each submission as a
 * pg-boss job, and `npm run worker` processes on any machine grade them (grading-worker.ts).
 * Fairness is pg-boss's priority: a learner's submission ranks below those of learners with fewer
 * waiting, so one learner's loops hold at most the graders no one else is waiting for.
 */
export class PgBossGradingQueue implements GradingQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async start(databaseUrl: string): Promise<PgBossGradingQueue> {
    return new PgBossGradingQueue(await startBoss(databaseUrl, { supervise: false }));
  }

  async enqueue({ submissionId, learnerWaiting }: GradingJob): Promise<void> {
    await sendGradingJob(this.boss, submissionId, learnerWaiting);
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true });
  }
}

/** Sends one submission's job; a second send of the same submission does nothing (jobIdOf). */
export async function sendGradingJob(boss: PgBoss, submissionId: string, learnerWaiting: number): Promise<void> {
  const payload: GradingPayload = { submissionId };
  await boss.send(GRADING_QUEUE, payload, { id: jobIdOf(submissionId), priority: -learnerWaiting });
}
