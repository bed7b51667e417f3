import { afterAll } from "vitest";
import { EnginePool, type EnginePoolOptions } from "@/engine/node/engine-pool";

/** A pool of real sandboxed interpreters for one test file, closed when the file's tests end. */
export function enginePoolForThisFile(options: EnginePoolOptions = {}): EnginePool {
  const pool = new EnginePool({ size: 1, ...options });
  afterAll(() => pool.close());
  return pool;
}
