import type { Trace } from "@/engine/trace/schema";

/** One garbage collection as the table lists it: the step and line that were running when it ran. */
export type CollectionRow = {
  readonly step: number;
  readonly line: number;
  readonly generation: number;
  readonly collected: number;
  readonly uncollectable: number;
  readonly durationMs: number;
};

/** The run's collections in the order they ran (gc.callbacks reports them as they finish). */
export function collectionRows(trace: Trace): CollectionRow[] {
  return trace.gcEvents.map((event) => ({
    step: event.step,
    line: trace.steps[event.step]?.line ?? 0,
    generation: event.generation,
    collected: event.collected,
    uncollectable: event.uncollectable,
    durationMs: event.duration_ms,
  }));
}

/**
 * A collection's wall time: "15.1 ms", "0.42 ms". Times come from time.perf_counter inside
 * WebAssembly (with the probe's own callback), so they say how long, not how long on a laptop.
 */
export function formatDuration(ms: number): string {
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
