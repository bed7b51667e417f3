import type { PythonVersion, RunResult } from "../protocol";
import type { RunOptions } from "../run-options";
import { heapAt } from "./heap-at";
import type { Trace } from "./schema";

/** One observable that differs between two versions, with its value on each. */
export type VersionDifference = { what: string; values: [unknown, unknown] };

export type VersionDiff = { versions: [PythonVersion, PythonVersion]; differences: VersionDifference[] };

type Runner = (source: string, options: RunOptions) => Promise<RunResult>;

/** What the run showed of each global name at its last step: type, refcount, sizes, generation. */
function finalGlobals(trace: Trace | null): Map<string, Record<string, unknown>> {
  const last = trace?.steps.at(-1);
  const observed = new Map<string, Record<string, unknown>>();
  if (!trace || !last) return observed;
  const heap = heapAt(trace, last.index);
  for (const [name, id] of Object.entries(last.globals)) {
    const object = heap.get(id);
    if (!object) continue;
    observed.set(name, {
      type: object.type,
      refcount: object.refcount,
      immortal: object.immortal === true,
      size: object.size,
      size64: object.size64,
      tracked: object.tracked,
      generation: object.generation,
    });
  }
  return observed;
}

/**
 * Runs one program, traced, on two Python versions and returns where its observables differ:
 * output, exit, the collector's work (collections and what they found) and, for every global name
 * at the program's last line, its refcount (immortal objects from 3.12, 3.14's borrowed
 * references), sizes and generation. The differences are CPython's own: both sides are real runs.
 */
export async function versionDiff(run: Runner, source: string, versions: [PythonVersion, PythonVersion], options: RunOptions = {}): Promise<VersionDiff> {
  const [a, b] = await Promise.all(versions.map((python) => run(source, { ...options, python, trace: options.trace ?? true })));
  if (!a || !b) throw new Error("a version did not run");
  const differences: VersionDifference[] = [];
  const compare = (what: string, left: unknown, right: unknown) => {
    if (JSON.stringify(left) !== JSON.stringify(right)) differences.push({ what, values: [left, right] });
  };
  compare("stdout", a.stdout, b.stdout);
  compare("stderr", a.stderr, b.stderr);
  compare("exit code", a.exitCode, b.exitCode);
  compare("steps", a.trace?.steps.length, b.trace?.steps.length);
  const collections = (result: RunResult) => result.trace?.gcEvents.map(({ generation, collected, uncollectable }) => ({ generation, collected, uncollectable })) ?? [];
  compare("garbage collections", collections(a), collections(b));
  const left = finalGlobals(a.trace);
  const right = finalGlobals(b.trace);
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const before = left.get(name) ?? {};
    const after = right.get(name) ?? {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) compare(`${name}: ${key}`, before[key], after[key]);
  }
  return { versions, differences };
}
