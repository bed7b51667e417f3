import "server-only";
import { databaseUrl, isPostgresUrl } from "@/prisma/database-url";
import { db } from "../../db";
import type { GradingQueue } from "./grading-queue";
import { LocalGradingQueue } from "./local-queue";
import { PgBossGradingQueue } from "./pg-boss-queue";
import { GRADERS_PER_PROCESS } from "./queue-limits";

// One queue per server process, on globalThis: route handlers and instrumentation.ts are bundled
// apart, and `next dev` re-evaluates modules on every change.
const holder = globalThis as typeof globalThis & { heapwiseGradingQueue?: Promise<GradingQueue> };

/**
 * The process's grading queue, started on first use. With SQLite (one machine) the graders run in
 * this process and what a previous process left is recovered at start; with PostgreSQL this process
 * only sends jobs, and `npm run worker` processes grade them.
 */
export function gradingQueue(): Promise<GradingQueue> {
  const url = databaseUrl();
  // A start that failed (the database not migrated yet, PostgreSQL away) is tried again by the next caller.
  holder.heapwiseGradingQueue ??= (isPostgresUrl(url) ? PgBossGradingQueue.start(url) : LocalGradingQueue.start(db(), GRADERS_PER_PROCESS)).catch(
    (error: unknown) => {
      holder.heapwiseGradingQueue = undefined;
      throw error;
    },
  );
  return holder.heapwiseGradingQueue;
}
