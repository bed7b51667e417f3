import type { HeapObject, ObjectId, Trace } from "./schema";

/**
 * The heap graph as it stood at step `index`: each step stores only what changed since the one
 * before, so the graph is rebuilt by applying steps 0..index in order.
 */
export function heapAt(trace: Trace, index: number): Map<ObjectId, HeapObject> {
  const heap = new Map<ObjectId, HeapObject>();
  for (const step of trace.steps.slice(0, index + 1)) {
    for (const id of step.heap.removed) heap.delete(id);
    for (const object of step.heap.changed) heap.set(object.id, object);
  }
  return heap;
}
