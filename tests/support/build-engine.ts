import { execFileSync } from "node:child_process";
import path from "node:path";

/** Vitest global setup: the sandbox processes run the bundled engine, so bundle the current source. */
export default function buildEngine(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/build-engine.ts")], { stdio: "inherit" });
}
