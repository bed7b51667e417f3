/**
 * `npx tsx scripts/bench-heap-layout.ts [--rounds 20]`: the heap graph's layout in Node (elkjs, the
 * same bundled build and the same graph the browser's layout worker gets), on real steps of a real
 * trace: a program whose last steps hold the probe's cap of 300 objects. Figures per step shape:
 * - ELK's layout of the graph as the page first draws it (big containers summarised),
 * - ELK's layout with every container expanded (the whole 300-object heap drawn: the worst case),
 * - a layout read back from the cache (stepping back to a step already seen),
 * - building the model itself (heap → nodes and arrows), which runs on the main thread.
 * Goal (issue 17): a 300-object step laid out within 200 ms. `npm run bench:visualizer` measures the
 * same in Chromium, step change to graph painted.
 */
import ELK from "elkjs/lib/elk.bundled.js";
import { buildHeapGraph } from "../app/_components/visualizer/heap-graph/heap-graph-model";
import { layoutKey, positionsOf, toElkGraph } from "../app/_components/visualizer/heap-graph/elk-graph";
import { LayoutCache } from "../app/_components/visualizer/heap-graph/layout-cache";
import { closeEngine, run } from "../engine/run";
import type { ObjectId } from "../engine/trace/schema";
import { TraceReader } from "../engine/trace/trace-reader";
import { median, percentile } from "./bench-support/statistics";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const rounds = Number(argument("rounds") ?? 20);

/** 15 lists of 20 instances under a dict, and a list of 300 small objects: steps at the probe's cap of 300 objects. */
const WIDE = `class Item:
    pass

groups = {f"group{g}": [Item() for _ in range(20)] for g in range(15)}
small = [object() for _ in range(300)]
done = True
`;

const traced = await run(WIDE, { python: "3.14", trace: true, timeoutMs: 120_000 });
closeEngine();
if (!traced.trace) throw new Error(`no trace: ${traced.stderr}`);
const trace = traced.trace;
const reader = new TraceReader(trace);
const last = trace.steps.length - 1;
const step = trace.steps[last];
if (!step) throw new Error("an empty trace");
const heap = reader.heapAt(last);
const input = { heap, frames: step.frames, globals: step.globals, freed: reader.freedAt(last) };
const everything = new Set<ObjectId>(heap.keys());

const elk = new ELK();
const time = async (action: () => unknown) => {
  const start = performance.now();
  await action();
  return performance.now() - start;
};
const line = (label: string, values: number[]) =>
  console.log(`${label.padEnd(58)} median ${median(values).toFixed(2).padStart(8)} ms  p95 ${percentile(values, 95).toFixed(2).padStart(8)} ms  first ${(values[0] ?? Number.NaN).toFixed(1).padStart(7)} ms`);

console.log(`Heap graph layout (elkjs ${process.version}, Node): ${trace.steps.length} steps traced; the last step holds ${heap.size} objects.\n`);
for (const [label, expanded] of [
  ["summarised (as first drawn)", new Set<ObjectId>()],
  ["every container expanded", everything],
] as const) {
  const model = buildHeapGraph(input, expanded);
  const graph = toElkGraph(model);
  const layouts: number[] = [];
  for (let round = 0; round < rounds; round++) layouts.push(await time(async () => positionsOf(await elk.layout(structuredClone(graph)))));
  const cache = new LayoutCache();
  const key = layoutKey(model);
  cache.set(key, positionsOf(await elk.layout(structuredClone(graph))));
  const cached: number[] = [];
  for (let round = 0; round < rounds; round++) cached.push(await time(() => cache.get(layoutKey(buildHeapGraph(input, expanded)))));
  const building: number[] = [];
  for (let round = 0; round < rounds; round++) building.push(await time(() => buildHeapGraph(input, expanded)));
  console.log(`${label}: ${model.nodes.length} nodes, ${model.edges.length} arrows drawn`);
  line("  ELK layout (first round: a cold ELK)", layouts);
  line("  model + key + cache hit (a step seen before)", cached);
  line("  model alone (heap → nodes and arrows)", building);
}
