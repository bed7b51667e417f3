/**
 * Syncs content/exercises into DATABASE_URL's exercise rows (id, title, lesson, content hash, Python versions).
 * `npm start` and `npm run dev` run it after the migrations.
 */
import path from "node:path";
import { createPrismaClient } from "../app/_server/database-client";
import { syncExercises } from "../app/_server/exercise-sync";
import { loadExercises } from "../engine/grading/load-exercises";
import { databaseUrl } from "../prisma/database-url";

const root = path.join(import.meta.dirname, "..");
const exercises = loadExercises(path.join(root, "content", "exercises"));
const database = createPrismaClient(databaseUrl(), root);
try {
  await syncExercises(database, exercises);
  console.error(`synced ${exercises.length} exercises`);
} finally {
  await database.$disconnect();
}
