import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { MAX_GRADING_ATTEMPTS } from "./queue-limits";

/** The queue every app instance sends to and every `npm run worker` process takes from. */
export const GRADING_QUEUE = "grade-submission";
/** Where pg-boss moves a job whose every attempt failed: its submission is marked "error". */
export const DEAD_LETTER_QUEUE = "grade-submission-dead";

export type GradingPayload = { submissionId: string };

/**
 * A job's time limit: a worker that took a job and then died (killed, its machine gone) holds it
 * "active" until this passes; pg-boss's maintenance then retries it. Well above a grading's own
 * bounds (the engine stops a program at its time limit, 5 s by default; recording is bounded too).
 */
export const JOB_TIME_LIMIT_SECONDS = Number(process.env.GRADING_JOB_TIME_LIMIT_SECONDS ?? 60);

/**
 * pg-boss on the app's PostgreSQL database, in its own schema ("pgboss"), its tables made or
 * migrated on first start (pg-boss takes an advisory lock, so instances may start together).
 * `supervise`: this process runs pg-boss's maintenance (expiring the jobs of dead workers, moving
 * exhausted ones to the dead letter); workers do, app instances only send.
 */
export async function startBoss(databaseUrl: string, { supervise }: { supervise: boolean }): Promise<PgBoss> {
  const url = new URL(databaseUrl);
  // Prisma's `?schema=` is not a libpq parameter; pg-boss has its own schema beside the app's.
  const prismaSchema = url.searchParams.get("schema");
  url.search = "";
  const boss = new PgBoss({
    connectionString: url.toString(),
    schema: prismaSchema ? `pgboss_${prismaSchema}` : "pgboss",
    max: supervise ? 4 : 3,
    supervise,
    schedule: false,
    maintenanceIntervalSeconds: Math.max(1, Math.min(10, Math.floor(JOB_TIME_LIMIT_SECONDS / 3))),
  });
  // pg-boss reports a lost connection here (PostgreSQL restarting) and reconnects by itself; an
  // unhandled "error" event would end the process.
  boss.on("error", (error) => console.error(`grading queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retryLimit: 3, retryDelay: 5, retryBackoff: true });
  await boss.createQueue(GRADING_QUEUE, {
    name: GRADING_QUEUE,
    // Attempts after the first: a job whose worker died (or whose write failed) runs again after
    // 2 s, then 4 s; the last failure sends it to the dead letter.
    retryLimit: MAX_GRADING_ATTEMPTS - 1,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: JOB_TIME_LIMIT_SECONDS,
    deadLetter: DEAD_LETTER_QUEUE,
  });
  return boss;
}

/**
 * The job's id, from the submission's: sending the same submission twice (a re-send of one whose
 * first send may have been lost) makes no second job, since pg-boss inserts a job with a known id
 * only once. A UUID (pg-boss's id column) made from a hash of the submission id.
 */
export function jobIdOf(submissionId: string): string {
  const hex = createHash("sha256").update(`heapwise-grading:${submissionId}`).digest("hex");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
