import { type Positions, toElkGraph } from "./elk-graph";
import type { HeapGraphModel } from "./heap-graph-model";
import { LayoutCache } from "./layout-cache";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol";

/**
 * The page's side of the layout worker: one worker for the tab, started on the first layout, and one
 * cache of layouts shared by every heap graph on the page.
 */
export const layoutCache = new LayoutCache();

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (positions: Positions) => void; reject: (error: Error) => void }>();

function layoutWorker(): Worker {
  if (worker) return worker;
  // A literal `new URL(..., import.meta.url)` inside `new Worker(...)`: the form Turbopack and
  // webpack both recognise and bundle as a worker entry.
  const created = new Worker(new URL("./heap-layout.worker.ts", import.meta.url), { type: "module", name: "heap-layout" });
  created.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if (!pending) return;
    if (data.ok) pending.resolve(new Map(data.positions));
    else pending.reject(new Error(`the layout failed: ${data.message}`));
  };
  created.onerror = (event) => {
    // A worker that cannot start (or crashed) fails every waiting layout; the next one starts a new worker.
    for (const pending of waiting.values()) pending.reject(new Error(`the layout worker stopped: ${event.message}`));
    waiting.clear();
    created.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

/** The model's layout: from the cache, or from ELK in the worker (then cached under `key`). */
export function layOut(model: HeapGraphModel, key: string): Promise<Positions> {
  const cached = layoutCache.get(key);
  if (cached) return Promise.resolve(cached);
  const id = nextId++;
  const request: LayoutRequest = { id, graph: toElkGraph(model) };
  return new Promise<Positions>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    layoutWorker().postMessage(request);
  }).then((positions) => {
    layoutCache.set(key, positions);
    return positions;
  });
}
