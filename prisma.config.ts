import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl, isPostgresUrl } from "./prisma/database-url";

// Offline: the Prisma CLI downloads the native schema-engine even for `generate` unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file. `generate` never runs it; migrations go through
// scripts/migrate.ts (the WebAssembly schema engine), and the stub tells anyone who runs
// `prisma migrate` so. See shared/recipes/prisma-offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/schema-engine-offline.sh");

const url = databaseUrl();
const provider = isPostgresUrl(url) ? "postgresql" : "sqlite";

export default defineConfig({
  // prisma/schema.prisma is the SQLite source of truth; the PostgreSQL copy is derived from it
  // (scripts/generate-clients.ts) so that the two can never drift apart.
  schema: provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma",
  migrations: { path: `prisma/migrations/${provider}` },
  datasource: { url, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
