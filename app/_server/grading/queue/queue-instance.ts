import "server-only";
import { db } from "../../db";
import type { GradingQueue } from "./grading-queue";
import { LocalGradingQueue } from "./local-queue";
import { GRADERS_PER_PROCESS } from "./queue-limits";

// One queue per server process, on globalThis: route handlers and instrumentation.ts are bundled
// apart, and `next dev` re-evaluates modules on every change.
const holder = globalThis as typeof globalThis & { heapwiseGradingQueue?: Promise<GradingQueue> };

/** The process's grading queue, started (and what a previous process left recovered) on first use. */
export function gradingQueue(): Promise<GradingQueue> {
  // A start that failed (the database not migrated yet) is tried again by the next caller.
  holder.heapwiseGradingQueue ??= LocalGradingQueue.start(db(), GRADERS_PER_PROCESS).catch((error: unknown) => {
    holder.heapwiseGradingQueue = undefined;
    throw error;
  });
  return holder.heapwiseGradingQueue;
}
