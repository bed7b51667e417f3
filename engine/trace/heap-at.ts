import type { HeapObject, ObjectId, Trace } from "./schema";
import { TraceReader } from "./trace-reader";

/** One reader per trace object, kept as long as the trace is: the grader asks about several steps of one run. */
const readers = new WeakMap<Trace, TraceReader>();

/**
 * The heap graph as it stood at step `index`. Each step stores only what changed since the one
 * before; the reader (trace-reader.ts) keeps checkpoints so that no call replays from step 0.
 */
export function heapAt(trace: Trace, index: number): Map<ObjectId, HeapObject> {
  let reader = readers.get(trace);
  if (!reader) {
    reader = new TraceReader(trace);
    readers.set(trace, reader);
  }
  return reader.heapAt(index);
}
