/**
 * The engine's public API on the server: `run(source, options)` on real CPython in a sandboxed worker
 * process. One pool per server process, started on first use; ENGINE_POOL_SIZE sets the processes per
 * Python version (default 2, the machine's cores).
 */
import { EnginePool } from "./node/engine-pool";
import type { RunResult } from "./protocol";
import type { RunOptions } from "./run-options";

let pool: EnginePool | null = null;

export function run(source: string, options: RunOptions = {}): Promise<RunResult> {
  pool ??= new EnginePool({ size: Number(process.env.ENGINE_POOL_SIZE ?? 2) });
  return pool.run(source, options);
}

/** Stops every sandbox process (tests, shutdown). */
export function closeEngine(): void {
  pool?.close();
  pool = null;
}

export type { RunOptions } from "./run-options";
export type { PythonVersion, RunResult, RunStatus } from "./protocol";
