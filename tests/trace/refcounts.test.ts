import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import type { HeapObject, ObjectId, Trace } from "@/engine/trace/schema";
import { enginePoolForThisFile } from "../support/engine-pool";
import { markersOf, measuredFrom, untracedVariant } from "./refcount-markers";

/**
 * The trace's refcounts are exact: at every marked line of every corpus program, on every Python
 * version, the count the trace shows for each named object equals what the same CPython's
 * sys.getrefcount reports there without the probe (see refcount-markers.ts), minus the argument's
 * reference; immortal objects (3.12+) show the raw constant, as getrefcount does.
 */
const programsDir = path.join(import.meta.dirname, "refcount-programs");
const programs = readdirSync(programsDir).filter((file) => file.endsWith(".py")).sort();
const pool = enginePoolForThisFile({ size: 1 });

const COMPREHENSIONS = new Set(["<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"]);

type Observation = { line: number; counts: number[]; immortal: boolean[] };

function observe(trace: Trace, source: string): Observation[] {
  const markers = new Map(markersOf(source).map((marker) => [marker.line, marker.names]));
  const heap = new Map<ObjectId, HeapObject>();
  const observations: Observation[] = [];
  for (const step of trace.steps) {
    for (const id of step.heap.removed) heap.delete(id);
    for (const object of step.heap.changed) heap.set(object.id, object);
    const names = markers.get(step.line);
    const frame = step.frames.at(-1);
    // On 3.11 a comprehension is a function of its own, whose line events repeat the line.
    if (!names || COMPREHENSIONS.has(frame?.function ?? "")) continue;
    const objects = names.map((name) => {
      const id = frame?.locals[name] ?? step.globals[name];
      const object = id === undefined ? undefined : heap.get(id);
      if (!object) throw new Error(`line ${step.line}: '${name}' is not in the trace's heap`);
      return object;
    });
    observations.push({ line: step.line, counts: objects.map((object) => object.refcount), immortal: objects.map((object) => object.immortal === true) });
  }
  return observations;
}

describe.each(PYTHON_VERSIONS)("trace refcounts equal untraced sys.getrefcount on Python %s", (python) => {
  it("has a corpus of at least 12 programs with markers", () => {
    expect(programs.length).toBeGreaterThanOrEqual(12);
    for (const name of programs) expect(markersOf(readFileSync(path.join(programsDir, name), "utf8")).length).toBeGreaterThan(0);
  });

  it.each(programs)("%s", async (name) => {
    const source = readFileSync(path.join(programsDir, name), "utf8");
    const untraced = await pool.run(untracedVariant(source), { python, filename: name });
    expect(untraced.stderr).toBe("");
    const measured = measuredFrom(untraced.stdout);
    const tracedRun = await pool.run(source, { python, filename: name, trace: true });
    expect(tracedRun.stderr).toBe("");
    expect(tracedRun.trace?.truncated).toBeNull();
    const observed = observe(tracedRun.trace as Trace, source);
    expect(observed.map((entry) => entry.line)).toEqual(measured.map((entry) => entry.line));
    const expected = measured.map((entry, index) => ({
      line: entry.line,
      counts: entry.raw.map((raw, position) => (observed[index]?.immortal[position] ? raw : raw - entry.argument)),
    }));
    expect(observed.map(({ line, counts }) => ({ line, counts }))).toEqual(expected);
  });
});
