/**
 * The one place that decides which database Heapwise talks to, shared by prisma.config.ts,
 * scripts/migrate.ts and the app. The default is an embedded SQLite file in the project root so that
 * `npm install && npm start` needs no server.
 */
export const DEFAULT_DATABASE_URL = "file:./heapwise.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function isSqliteUrl(url: string): boolean {
  return url.startsWith("file:");
}
