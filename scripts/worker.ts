/**
 * `npm run worker`: a grading worker process for a PostgreSQL DATABASE_URL. Start any number, on any
 * machine that reaches the database; each grades ENGINE_POOL_SIZE submissions at a time (default 2)
 * in the engine's sandboxed pool. SIGTERM or SIGINT stops it after the gradings under way are stored.
 */
import { createPrismaClient } from "../app/_server/database-client";
import { GradingWorker } from "../app/_server/grading/queue/grading-worker";
import { GRADERS_PER_PROCESS } from "../app/_server/grading/queue/queue-limits";
import { closeEngine } from "../engine/run";
import { databaseUrl, isPostgresUrl } from "../prisma/database-url";

const url = databaseUrl();
if (!isPostgresUrl(url)) {
  console.error("npm run worker grades through PostgreSQL: set DATABASE_URL=postgresql://... (with SQLite, `npm start` grades in its own process)");
  process.exit(2);
}
const database = createPrismaClient(url, process.cwd());
const worker = await GradingWorker.start(database, url, GRADERS_PER_PROCESS);
console.log(`grading worker ${process.pid}: ${GRADERS_PER_PROCESS} graders on ${new URL(url).host}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`grading worker ${process.pid}: ${signal}, finishing the gradings under way`);
  await worker.stop();
  closeEngine();
  await database.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
