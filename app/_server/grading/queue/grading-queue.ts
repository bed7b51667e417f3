/**
 * Where submissions wait to be graded. The route stores a submission as "queued" and hands it here;
 * graders take it from the queue, grade it and store the verdict (grade-submission.ts). The
 * submission row is the durable record: a queue that loses its jobs (a process killed) recovers them
 * from the rows still "queued" or "grading".
 */
export interface GradingQueue {
  /** A stored, "queued" submission is ready to be graded. */
  enqueue(job: GradingJob): Promise<void>;
  /** Stops taking new work (tests, shutdown); gradings under way finish. */
  close(): Promise<void>;
}

export type GradingJob = {
  submissionId: string;
  /** The learner's other submissions waiting or being graded when this one came: more waits longer. */
  learnerWaiting: number;
};
