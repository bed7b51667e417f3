import "server-only";
import { databaseUrl } from "@/prisma/database-url";
import { createPrismaClient, type Database } from "./database-client";

export type { Database } from "./database-client";

// One client per server process; `next dev` re-evaluates modules on every change, so the client lives on
// globalThis there rather than leaking a new connection pool per edit.
const holder = globalThis as typeof globalThis & { heapwiseDb?: Database };

export function db(): Database {
  holder.heapwiseDb ??= createPrismaClient(databaseUrl(), process.cwd());
  return holder.heapwiseDb;
}
