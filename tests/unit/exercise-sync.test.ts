import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/app/_server/database-client";
import { syncExercises } from "@/app/_server/exercise-sync";
import { loadExercises } from "@/engine/grading/load-exercises";
import { deployMigrations } from "../support/deploy-migrations";

const exercises = loadExercises(path.join(process.cwd(), "content", "exercises"));
let dir = "";
let database: Database;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-sync-"));
  const url = `file:${path.join(dir, "sync.db")}`;
  deployMigrations(url);
  database = createPrismaClient(url, process.cwd());
});

afterAll(async () => {
  await database?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("syncs every exercise of the content into a real SQLite database, with its content hash and versions, and updates a changed one", async () => {
  await syncExercises(database, exercises);
  const rows = await database.exercise.findMany({ orderBy: { id: "asc" } });
  expect(rows.map(({ id, contentHash, pythonVersions, defaultPython }) => ({ id, contentHash, pythonVersions, defaultPython }))).toEqual(
    exercises.map(({ id, contentHash, versions, python }) => ({ id, contentHash, pythonVersions: versions.join(","), defaultPython: python })),
  );
  const [first] = exercises;
  if (!first) throw new Error("no exercises");
  await syncExercises(database, [{ ...first, title: "Renamed", contentHash: "changed", versions: ["3.12", "3.13"], python: "3.13" }]);
  expect(await database.exercise.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ title: "Renamed", contentHash: "changed", pythonVersions: "3.12,3.13", defaultPython: "3.13" });
  expect(await database.exercise.count()).toBe(exercises.length);
});
