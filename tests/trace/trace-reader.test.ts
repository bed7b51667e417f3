import { describe, expect, it } from "vitest";
import type { HeapObject, ObjectId, Trace } from "@/engine/trace/schema";
import { TraceReader } from "@/engine/trace/trace-reader";
import { enginePoolForThisFile } from "../support/engine-pool";

/**
 * The checkpointed reader against the definition of a trace's heap: the deltas of steps 0..i applied
 * in order. Traces come from real runs, whose objects come and go (a list grows and is cut, names
 * are rebound, a cycle is collected).
 */
const pool = enginePoolForThisFile({ size: 1 });

const CHURN = `import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
kept = []
for i in range(40):
    kept.append([i, str(i)])
    if i % 7 == 0:
        del kept[:3]
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
gc.collect()
last = kept[-1]
`;

function replayed(trace: Trace, index: number): Map<ObjectId, HeapObject> {
  const heap = new Map<ObjectId, HeapObject>();
  for (const step of trace.steps.slice(0, index + 1)) {
    for (const id of step.heap.removed) heap.delete(id);
    for (const object of step.heap.changed) heap.set(object.id, object);
  }
  return heap;
}

async function traceOf(source: string): Promise<Trace> {
  const result = await pool.run(source, { python: "3.14", trace: true });
  expect(result.stderr).toBe("");
  if (!result.trace) throw new Error("no trace");
  return result.trace;
}

describe("TraceReader", () => {
  it("gives every step's heap exactly as replaying the deltas from step 0 does, at any checkpoint interval", async () => {
    const trace = await traceOf(CHURN);
    expect(trace.steps.length).toBeGreaterThan(100);
    for (const interval of [1, 5, 64]) {
      const reader = new TraceReader(trace, interval);
      for (let index = 0; index < trace.steps.length; index++) expect(reader.heapAt(index)).toEqual(replayed(trace, index));
    }
  });

  it("reads steps out of order without one read changing the next", async () => {
    const trace = await traceOf(CHURN);
    const reader = new TraceReader(trace, 8);
    const order = [trace.steps.length - 1, 3, 100, 0, 99, 101, 17];
    for (const index of order) {
      reader.heapAt(index).clear();
      expect(reader.heapAt(index)).toEqual(replayed(trace, index));
    }
    expect(reader.heapAt(-1).size).toBe(0);
    expect(reader.heapAt(trace.steps.length + 10)).toEqual(replayed(trace, trace.steps.length - 1));
  });

  it("names the objects a step freed: the collected cycle's two Node objects at the step after gc.collect()", async () => {
    const trace = await traceOf(CHURN);
    const reader = new TraceReader(trace);
    const collectLine = CHURN.split("\n").indexOf("gc.collect()") + 1;
    const collecting = trace.steps.findIndex((step) => step.line === collectLine);
    const before = [...reader.heapAt(collecting).values()].filter((object) => object.type === "Node");
    expect(before.map((object) => object.unreachable)).toEqual([true, true]);
    const freed = reader.freedAt(collecting + 1).filter((object) => object.type === "Node");
    expect(freed.map((object) => object.id).sort()).toEqual(before.map((object) => object.id).sort());
    expect(reader.freedAt(0)).toEqual([]);
  });

  it("refuses a checkpoint interval that is not a positive integer", async () => {
    const trace = await traceOf("x = 1\n");
    expect(() => new TraceReader(trace, 0)).toThrow(RangeError);
  });
});
