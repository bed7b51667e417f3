import { describe, expect, it } from "vitest";
import { findNames } from "@/app/_components/visualizer/heap-graph/find-names";
import { GLOBAL_FRAME_ID, type HeapGraphModel, type ObjectNodeModel, SUMMARY_SHOWN, SUMMARY_THRESHOLD, buildHeapGraph, objectNodeId } from "@/app/_components/visualizer/heap-graph/heap-graph-model";
import { frameAriaLabel, objectAriaLabel, sizeText } from "@/app/_components/visualizer/heap-graph/object-description";
import { CYCLE_EXAMPLE } from "@/app/_components/visualizer/examples";
import type { Trace } from "@/engine/trace/schema";
import { TraceReader } from "@/engine/trace/trace-reader";
import { enginePoolForThisFile } from "../../support/engine-pool";

/**
 * The heap graph's model (heap → nodes and arrows) on real traces: every figure it shows is the
 * trace's own, read back from the step it was built from; nothing here is a remembered CPython value.
 */
const pool = enginePoolForThisFile({ size: 1 });

async function traceOf(source: string): Promise<Trace> {
  const result = await pool.run(source, { python: "3.14", trace: true });
  expect(result.stderr).toBe("");
  if (!result.trace) throw new Error("no trace");
  return result.trace;
}

function modelAt(reader: TraceReader, index: number, expanded?: ReadonlySet<never>) {
  const step = reader.step(index);
  if (!step) throw new Error(`no step ${index}`);
  const heap = reader.heapAt(index);
  return { heap, step, model: buildHeapGraph({ heap, frames: step.frames, globals: step.globals, freed: reader.freedAt(index) }, expanded) };
}

const objectNodes = (model: HeapGraphModel) => model.nodes.filter((node): node is ObjectNodeModel => node.kind === "object");

describe("the heap graph model", () => {
  it("shows the example's cycle as unreachable before the collection and freed after it, with the trace's refcounts", async () => {
    const trace = await traceOf(CYCLE_EXAMPLE);
    const reader = new TraceReader(trace);
    const collectLine = CYCLE_EXAMPLE.split("\n").findIndex((line) => line.includes("gc.collect()")) + 1;
    const before = trace.steps.findIndex((step) => step.line === collectLine);
    expect(before).toBeGreaterThan(0);

    const { heap, step, model } = modelAt(reader, before);
    const cycle = objectNodes(model).filter((node) => node.object.type === "Node");
    expect(cycle).toHaveLength(2);
    for (const node of cycle) {
      const object = heap.get(node.object.id);
      expect(object?.unreachable).toBe(true);
      const label = objectAriaLabel(node.object, trace.pointerSize, node.departure);
      expect(label.startsWith(`Node, refcount ${object?.refcount}, `)).toBe(true);
      expect(label).toContain("unreachable cycle");
      // Each holds the other: both arrows are drawn.
      expect(model.edges.some((edge) => edge.source === node.id && edge.label === "other" && cycle.some((other) => other.id === edge.target && other !== node))).toBe(true);
    }
    // No name reaches them: the global frame's arrows go elsewhere.
    const global = model.nodes.find((node) => node.id === GLOBAL_FRAME_ID);
    expect(global?.kind === "frame" && frameAriaLabel(global.function, global.names.length)).toBe(`Global frame, ${Object.keys(step.globals).length} names`);
    expect(model.edges.filter((edge) => edge.source === GLOBAL_FRAME_ID).map((edge) => edge.target)).toEqual(Object.values(step.globals).map(objectNodeId));

    const after = modelAt(reader, before + 1).model;
    const freed = objectNodes(after).filter((node) => node.object.type === "Node");
    expect(freed.map((node) => node.object.id).sort()).toEqual(cycle.map((node) => node.object.id).sort());
    for (const node of freed) {
      expect(node.departure).toBe("freed");
      expect(objectAriaLabel(node.object, trace.pointerSize, node.departure).endsWith(", freed")).toBe(true);
    }
    expect(after.edges.filter((edge) => freed.some((node) => node.id === edge.source)).every((edge) => edge.departed)).toBe(true);
  });

  it("points each name of each frame at its object, and finds objects by name", async () => {
    const source = `def pair(left, right):
    both = [left, right]
    return both
x = "spam" * 3
y = pair(x, 7)
`;
    const trace = await traceOf(source);
    const reader = new TraceReader(trace);
    const inside = trace.steps.findIndex((step) => step.frames.some((frame) => "both" in frame.locals));
    const { step, model } = modelAt(reader, inside);
    const call = step.frames.find((frame) => frame.function === "pair");
    const frameNode = model.nodes.find((node) => node.kind === "frame" && node.function === "pair");
    expect(frameNode?.kind === "frame" && frameAriaLabel(frameNode.function, frameNode.names.length)).toBe(`Frame pair, ${Object.keys(call?.locals ?? {}).length} names`);
    for (const [name, id] of Object.entries(call?.locals ?? {})) {
      expect(model.edges).toContainEqual(expect.objectContaining({ source: frameNode?.id, label: name, kind: "name", target: objectNodeId(id) }));
    }
    const found = findNames(model, "both");
    expect([...found.nodeIds]).toEqual([objectNodeId(call?.locals.both ?? (0 as never))]);
    expect(findNames(model, "LEF").matches.map((match) => match.name)).toEqual(["left"]);
    expect(findNames(model, "nothing-by-this-name").matches).toEqual([]);
  });

  it("summarises a big container, says how much of it the probe listed, and expands it", async () => {
    const source = `class Item:
    pass
items = [Item() for _ in range(300)]
done = True
`;
    const trace = await traceOf(source);
    const reader = new TraceReader(trace);
    const last = trace.steps.length - 1;
    const { heap, step, model } = modelAt(reader, last);
    const list = heap.get(step.globals.items ?? (0 as never));
    if (!list) throw new Error("no list in the heap");
    expect(list.edges.length).toBeGreaterThan(SUMMARY_THRESHOLD);
    const node = objectNodes(model).find((candidate) => candidate.object.id === list.id);
    expect(node?.hiddenEdges).toBe(list.edges.length - SUMMARY_SHOWN);
    expect(node?.itemsNote).toBe(`first ${list.edges.length} of ${list.length} items`);
    // Only the items shown are drawn; the rest are counted.
    expect(model.edges.filter((edge) => edge.source === node?.id)).toHaveLength(SUMMARY_SHOWN);
    expect(model.hiddenObjects).toBe(list.edges.length - SUMMARY_SHOWN);

    const open = buildHeapGraph({ heap, frames: step.frames, globals: step.globals, freed: [] }, new Set([list.id]));
    const opened = objectNodes(open).find((candidate) => candidate.object.id === list.id);
    expect(opened?.expanded).toBe(true);
    expect(opened?.hiddenEdges).toBe(0);
    expect(open.edges.filter((edge) => edge.source === opened?.id)).toHaveLength(list.edges.length);
    expect(open.hiddenObjects).toBe(0);
  });

  it("draws a weak reference as weak, and sizes as measured beside their 64-bit equivalent", async () => {
    const source = `import weakref
class Box:
    pass
box = Box()
ref = weakref.ref(box)
done = True
`;
    const trace = await traceOf(source);
    const reader = new TraceReader(trace);
    const { heap, step, model } = modelAt(reader, trace.steps.length - 1);
    const ref = step.globals.ref;
    expect(model.edges).toContainEqual(expect.objectContaining({ source: objectNodeId(ref ?? (0 as never)), target: objectNodeId(step.globals.box ?? (0 as never)), kind: "weak" }));
    const box = heap.get(step.globals.box ?? (0 as never));
    if (!box || box.size === null || box.size64 === null) throw new Error("the box has no sizes");
    expect(trace.pointerSize).toBe(4);
    expect(sizeText(box, trace.pointerSize)).toBe(box.size64 === box.size ? `${box.size} B` : `${box.size} B · ${box.size64} B on 64-bit`);
    expect(sizeText(box, 8)).toBe(`${box.size} B`);
  });
});
