import { spawnSync } from "node:child_process";
import path from "node:path";

/** Applies the committed migrations to `url` with the same command `npm start` runs; returns its report. */
export function deployMigrations(url: string, root = process.cwd()): string {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate.ts deploy failed: ${result.stderr}`);
  return result.stderr;
}
