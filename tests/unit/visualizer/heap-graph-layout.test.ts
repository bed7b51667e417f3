import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { layoutKey, positionsOf, toElkGraph } from "@/app/_components/visualizer/heap-graph/elk-graph";
import { buildHeapGraph } from "@/app/_components/visualizer/heap-graph/heap-graph-model";
import { LayoutCache } from "@/app/_components/visualizer/heap-graph/layout-cache";
import { CYCLE_EXAMPLE } from "@/app/_components/visualizer/examples";
import { TraceReader } from "@/engine/trace/trace-reader";
import { enginePoolForThisFile } from "../../support/engine-pool";

/** The layout the browser's worker computes (same ELK build, same graph), run here in Node on real traced steps. */
const pool = enginePoolForThisFile({ size: 1 });
const elk = new ELK();

describe("the heap graph layout", () => {
  it("places every node of every step of the example, none overlapping another, names left of their objects", async () => {
    const result = await pool.run(CYCLE_EXAMPLE, { python: "3.14", trace: true });
    if (!result.trace) throw new Error("no trace");
    const reader = new TraceReader(result.trace);
    for (let index = 0; index < reader.length; index++) {
      const step = reader.step(index);
      if (!step) throw new Error(`no step ${index}`);
      const model = buildHeapGraph({ heap: reader.heapAt(index), frames: step.frames, globals: step.globals, freed: reader.freedAt(index) });
      const positions = positionsOf(await elk.layout(toElkGraph(model)));
      const boxes = model.nodes.map((node) => {
        const at = positions.get(node.id);
        if (!at) throw new Error(`step ${index}: ${node.id} has no position`);
        return { id: node.id, ...at, width: node.width, height: node.height };
      });
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `step ${index}: ${a.id} overlaps ${b.id}`).toBe(true);
        }
      }
      // A name's object is laid out to the right of its frame (layered left to right).
      for (const edge of model.edges.filter((candidate) => candidate.kind === "name")) {
        expect(positions.get(edge.target)?.x ?? 0).toBeGreaterThan(positions.get(edge.source)?.x ?? 0);
      }
    }
  });

  it("keys a layout by shape only, so steps that change counts reuse it", async () => {
    const source = `xs = []
for i in range(3):
    xs.append(i)
`;
    const result = await pool.run(source, { python: "3.14", trace: true });
    if (!result.trace) throw new Error("no trace");
    const reader = new TraceReader(result.trace);
    const keys = Array.from({ length: reader.length }, (_, index) => {
      const step = reader.step(index);
      if (!step) throw new Error(`no step ${index}`);
      return { heap: reader.heapAt(index), key: layoutKey(buildHeapGraph({ heap: reader.heapAt(index), frames: step.frames, globals: step.globals, freed: [] })) };
    });
    // Two steps with the same objects and references share a key; a step that adds an object does not.
    for (const [i, a] of keys.entries()) {
      for (const b of keys.slice(i + 1)) {
        const sameShape = a.heap.size === b.heap.size && [...a.heap].every(([id, object]) => JSON.stringify(b.heap.get(id)?.edges) === JSON.stringify(object.edges));
        if (sameShape) expect(a.key).toBe(b.key);
        else expect(a.key).not.toBe(b.key);
      }
    }
    const cache = new LayoutCache(2);
    cache.set("a", new Map());
    cache.set("b", new Map());
    cache.get("a");
    cache.set("c", new Map());
    expect([cache.get("a") !== undefined, cache.get("b") !== undefined, cache.get("c") !== undefined]).toEqual([true, false, true]);
  });
});
