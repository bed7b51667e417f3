import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MalformedTraceError, parseTrace } from "@/engine/trace/parse-trace";
import { TRACE_SCHEMA_VERSION, traceLine } from "@/engine/trace/schema";

/**
 * parseTrace validates every line of the probe's trace file: a line that is not what the probe
 * writes is an error naming the line and the field, never cast to a type it does not have. Only the
 * last line may be cut short (a run stopped in the middle of a write).
 */
const object = { id: 100, type: "list", repr: "[1]", refcount: 1, size: 32, size64: 64, tracked: true, generation: 0, edges: [["[0]", 200, "ref"]] };
const step = (index: number) => ({ kind: "step", index, line: index + 1, frames: [{ function: "<module>", line: index + 1, locals: {} }], globals: { xs: 100 }, heap: { changed: [object], removed: [] }, memory: null });
const gc = { kind: "gc", step: 1, generation: 0, collected: 2, uncollectable: 0, duration_ms: 0.25 };
const summary = {
  kind: "summary",
  schema: TRACE_SCHEMA_VERSION,
  python: "3.14.0",
  pointer_size: 4,
  steps: 2,
  truncated: null,
  memory_source: "probe",
  peak: 1024,
  top_lines: [{ line: 1, size: 512, count: 3 }],
  small_blocks: [[32, 2]],
  notes: [],
};
const lines = (...records: unknown[]) => records.map((record) => (typeof record === "string" ? record : JSON.stringify(record))).join("\n") + "\n";

function malformed(text: string): MalformedTraceError {
  try {
    parseTrace(text, "3.14.0", null);
  } catch (error) {
    if (error instanceof MalformedTraceError) return error;
    throw error;
  }
  throw new Error("the trace was accepted");
}

describe("parseTrace", () => {
  it("reads steps, collections and the summary", () => {
    const trace = parseTrace(lines(step(0), gc, step(1), summary), "3.14.0", null);
    expect(trace.steps.map((each) => each.index)).toEqual([0, 1]);
    expect(trace.gcEvents).toEqual([gc]);
    expect(trace.truncated).toBeNull();
    expect(trace.memory).toEqual({ source: "probe", peak: 1024, topLines: [{ line: 1, size: 512, count: 3 }], smallBlocks: [[32, 2]] });
  });

  it("keeps the steps before a last line cut short, and says the trace ends there", () => {
    const trace = parseTrace(lines(step(0), step(1)) + JSON.stringify(step(2)).slice(0, 40), "3.14.0", "the run stopped (timeout)");
    expect(trace.steps).toHaveLength(2);
    expect(trace.truncated).toEqual({ maxSteps: null, note: "The trace ends at step 2: the run stopped (timeout)." });
  });

  it("refuses a line that is not JSON before the last one", () => {
    const error = malformed(lines(step(0), "{not json", step(1), summary));
    expect(error.lineNumber).toBe(2);
    expect(error.message).toMatch(/^line 2 of the trace is malformed: not JSON/);
  });

  it("names the field of a line that does not match the schema", () => {
    const error = malformed(lines(step(0), { ...step(1), heap: { changed: [{ ...object, refcount: "3" }], removed: [] } }, summary));
    expect(error.lineNumber).toBe(2);
    expect(error.issue).toMatch(/at heap\.changed\[0\]\.refcount/);
  });

  it("refuses a field the schema does not have, an unknown kind, and a malformed last line", () => {
    expect(malformed(lines(step(0), { ...gc, extra: 1 })).issue).toMatch(/extra/);
    expect(malformed(lines({ kind: "note", text: "hi" }, summary)).lineNumber).toBe(1);
    expect(malformed(lines(step(0), { ...summary, memory_source: "psutil" })).issue).toMatch(/memory_source/);
  });

  it("reads through zod's compiled parser: the line schema has nothing zod cannot compile", () => {
    // Otherwise z.compile silently keeps the runtime parser, which is slower (see parse-trace.ts).
    expect(() => z.compile(traceLine, { strict: true })).not.toThrow();
  });
});
