import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { createPrismaClient, type Database } from "@/app/_server/database-client";
import { deployMigrations } from "./deploy-migrations";
import { startPostgresCluster } from "./postgres-cluster";

/** The database a suite runs on, once its beforeAll has made it: the client and its URL. */
export type TestDatabase = { readonly client: Database; readonly url: string };

/**
 * Runs `suite` once on each provider the app supports, each time on a real database migrated by
 * the committed migrations: a fresh SQLite file, then a throwaway PostgreSQL cluster. The suite reads
 * `db.client` inside its tests (it exists from beforeAll on).
 */
export function describeOnEachDatabase(name: string, suite: (db: TestDatabase, provider: "SQLite" | "PostgreSQL") => void): void {
  for (const provider of ["SQLite", "PostgreSQL"] as const) {
    describe(`${name} on ${provider}`, () => {
      let client: Database | undefined;
      let url = "";
      let tearDown = () => {};
      beforeAll(async () => {
        if (provider === "SQLite") {
          const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-db-"));
          url = `file:${path.join(dir, "test.db")}`;
          tearDown = () => fs.rmSync(dir, { recursive: true, force: true });
        } else {
          const cluster = await startPostgresCluster();
          url = cluster.url();
          tearDown = () => cluster.stop();
        }
        deployMigrations(url);
        client = createPrismaClient(url, process.cwd());
      });
      afterAll(async () => {
        await client?.$disconnect();
        tearDown();
      });
      suite(
        {
          get client() {
            if (!client) throw new Error("the database is made in beforeAll: read db.client inside a test");
            return client;
          },
          get url() {
            return url;
          },
        },
        provider,
      );
    });
  }
}
