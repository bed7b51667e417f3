import { expect } from "vitest";
import { z } from "zod";
import type { EnginePool } from "@/engine/node/engine-pool";
import type { RunResult } from "@/engine/protocol";
import type { RunOptions } from "@/engine/run-options";
import type { Trace } from "@/engine/trace/schema";

/**
 * The first lines of a test program that keeps what CPython reports of each garbage collection
 * (gc.callbacks' "stop" phase) and the line of the program that was running, in `seen`. Automatic
 * collections are off, so the program's own gc.collect() calls are all that run. The callback is
 * compiled under another file name so that the probe does not record its lines as the program's steps.
 * The program removes it (`gc.callbacks.remove(watch)`) before it ends, before its globals are cleared.
 */
export const GC_WATCH = `import gc, json, sys
gc.disable()
seen = []
exec(compile("""def watch(phase, info):
    if phase == "stop":
        seen.append({"generation": info["generation"], "collected": info["collected"], "uncollectable": info["uncollectable"], "line": sys._getframe(1).f_lineno})
""", "<watch>", "exec"))
gc.callbacks.append(watch)
`;

export const seenCollection = z.strictObject({ generation: z.int(), collected: z.int(), uncollectable: z.int(), line: z.int() });

/** The 1-based line of `source` that contains `text` (a line of the test's own program). */
export function lineOf(source: string, text: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`no line contains ${text}`);
  return index + 1;
}

/**
 * Runs a program traced on Python 3.14 and reads the JSON object it printed on its last line: the
 * figures CPython itself reported, which the tests compare the visualizer's models with.
 */
export async function tracedRun<T>(pool: EnginePool, source: string, report: z.ZodType<T>, trace: RunOptions["trace"] = true): Promise<{ result: RunResult; trace: Trace; report: T }> {
  const result = await pool.run(source, { python: "3.14", trace });
  expect(result.stderr).toBe("");
  if (!result.trace) throw new Error("no trace");
  const last = result.stdout.trimEnd().split("\n").at(-1) ?? "";
  return { result, trace: result.trace, report: report.parse(JSON.parse(last)) };
}
