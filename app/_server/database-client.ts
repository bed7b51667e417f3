import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl, isSqliteUrl } from "@/prisma/database-url";
import { sqliteFilePath } from "@/prisma/sqlite-path";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgresql/client";

/** The app talks to one model whichever provider serves it; both clients come from one schema file. */
export type Database = PrismaClient;

/**
 * A Prisma client for DATABASE_URL: an SQLite file (`file:./heapwise.db`, resolved against `root`) or
 * PostgreSQL (`postgresql://user:pw@host:5432/db[?schema=name]`). Each provider has its own generated
 * client (scripts/generate-clients.ts) because a Prisma client is compiled for one provider.
 */
export function createPrismaClient(url: string, root: string): Database {
  if (isSqliteUrl(url)) {
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url, root) }) });
  }
  if (isPostgresUrl(url)) {
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }, { schema }) });
    // Same models, same API: the two generated clients differ only in provider-specific type details.
    return client as unknown as Database;
  }
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(":")[0]}:"`);
}
