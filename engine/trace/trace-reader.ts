import type { HeapObject, ObjectId, Step, Trace } from "./schema";

/**
 * Steps between two stored copies of the heap. A step stores only what changed since the one
 * before, so the heap at step i is the nearest checkpoint at or before i plus at most
 * CHECKPOINT_INTERVAL - 1 deltas. With the probe's cap of 300 objects a step, a 10,000-step trace
 * keeps 157 copies (at most 47,000 map entries) and any step costs one copy and a few deltas,
 * however far it is from step 0 (npm run bench:browser measures it in Chromium).
 */
export const CHECKPOINT_INTERVAL = 64;

export type Heap = ReadonlyMap<ObjectId, HeapObject>;

/**
 * Random access to a trace's heap graphs. Built once per trace (the checkpoints cost one pass over
 * the deltas); every read after that is independent of the step's distance from the start.
 */
export class TraceReader {
  private readonly checkpoints: Heap[] = [];

  constructor(
    readonly trace: Trace,
    private readonly interval = CHECKPOINT_INTERVAL,
  ) {
    if (!Number.isInteger(interval) || interval < 1) throw new RangeError(`the checkpoint interval must be a positive integer, not ${interval}`);
    const heap = new Map<ObjectId, HeapObject>();
    for (const [index, step] of trace.steps.entries()) {
      applyDelta(heap, step);
      if (index % interval === 0) this.checkpoints.push(new Map(heap));
    }
  }

  get length(): number {
    return this.trace.steps.length;
  }

  step(index: number): Step | undefined {
    return this.trace.steps[index];
  }

  /**
   * The heap graph as it stood at step `index`: empty before step 0, the last step's past the end.
   * A new map each call, which the caller may keep: the trace's objects inside are shared, not copied.
   */
  heapAt(index: number): Map<ObjectId, HeapObject> {
    const last = Math.min(Math.floor(index), this.length - 1);
    if (last < 0) return new Map();
    const checkpoint = Math.floor(last / this.interval);
    const heap = new Map(this.checkpoints[checkpoint]);
    for (const step of this.trace.steps.slice(checkpoint * this.interval + 1, last + 1)) applyDelta(heap, step);
    return heap;
  }

  /** Objects in the graph at the step before `index` and gone from it at `index`: freed, or no longer reachable. */
  freedAt(index: number): HeapObject[] {
    const step = this.trace.steps[index];
    if (!step || index === 0 || step.heap.removed.length === 0) return [];
    const before = this.heapAt(index - 1);
    return step.heap.removed.flatMap((id) => before.get(id) ?? []);
  }
}

function applyDelta(heap: Map<ObjectId, HeapObject>, step: Step): void {
  for (const id of step.heap.removed) heap.delete(id);
  for (const object of step.heap.changed) heap.set(object.id, object);
}
