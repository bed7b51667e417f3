import "server-only";
import type { Database } from "../../database-client";
import { claimSubmission, gradeSubmission } from "../grade-submission";
import type { GradingQueue } from "./grading-queue";

/** How many of the oldest queued submissions a grader looks through to pick the fairest one. */
const LOOKAHEAD = 100;

/**
 * The single-machine queue (the default, with SQLite): graders inside the server process take the
 * "queued" rows themselves. Fair between learners: a free grader takes the oldest submission of the
 * learner with the fewest gradings under way, so six infinite loops from one learner hold at most the
 * graders no one else is waiting for, and another learner's submission waits for one grading at most.
 * Nothing is lost to a restart: on start, rows left "grading" by a dead process go back to "queued".
 */
export class LocalGradingQueue implements GradingQueue {
  private readonly active = new Map<string, number>();
  private closed = false;
  private pumping: Promise<void> | null = null;
  private again = false;
  private readonly gradings = new Set<Promise<void>>();

  private constructor(
    private readonly database: Database,
    private readonly graders: number,
  ) {}

  /** Recovers what a previous process left, then starts grading. */
  static async start(database: Database, graders: number): Promise<LocalGradingQueue> {
    await database.submission.updateMany({ where: { status: "grading" }, data: { status: "queued" } });
    const queue = new LocalGradingQueue(database, graders);
    queue.wake();
    return queue;
  }

  /** Wakes the graders: they read the queued rows themselves, fairest first. */
  async enqueue(): Promise<void> {
    this.wake();
  }

  private wake(): void {
    if (this.closed) return;
    // One claim loop at a time; a wake-up during it runs it once more.
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pumping;
    await Promise.all(this.gradings);
  }

  private async pump(): Promise<void> {
    while (!this.closed && this.gradings.size < this.graders) {
      const claimed = await this.claim();
      if (!claimed) return;
      this.startGrading(claimed);
    }
  }

  /** The next submission to grade, marked "grading" with its attempt counted; null when none waits. */
  private async claim(): Promise<{ id: string; userId: string } | null> {
    for (;;) {
      const waiting = await this.database.submission.findMany({ where: { status: "queued" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: LOOKAHEAD, select: { id: true, userId: true } });
      if (waiting.length === 0) return null;
      const fewest = Math.min(...waiting.map((row) => this.active.get(row.userId) ?? 0));
      const next = waiting.find((row) => (this.active.get(row.userId) ?? 0) === fewest);
      if (!next) return null;
      if (await claimSubmission(this.database, next.id, ["queued"])) return next;
      // Another grader took it first: look again.
    }
  }

  private startGrading({ id, userId }: { id: string; userId: string }): void {
    this.active.set(userId, (this.active.get(userId) ?? 0) + 1);
    const grading = gradeSubmission(this.database, id)
      .catch((error: unknown) => console.error(`grading ${id} failed:`, error))
      .finally(() => {
        const left = (this.active.get(userId) ?? 1) - 1;
        if (left === 0) this.active.delete(userId);
        else this.active.set(userId, left);
        this.gradings.delete(grading);
        this.wake();
      });
    this.gradings.add(grading);
  }
}
