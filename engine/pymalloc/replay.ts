/**
 * Feeds a run's small allocations, in order, to the obmalloc model of one CPython version and returns
 * what `sys._debugmallocstats()` would report, plus a per-arena map a UI can draw.
 */

import type { PythonVersion } from "../protocol";
import { obmallocConfig, type ObmallocConfig, type PointerSize } from "./obmalloc-config";
import {
  ObmallocModel,
  type ArenaMapEntry,
  type BlockHandle,
  type ObmallocOptions,
  type ObmallocStats,
} from "./obmalloc-model";

/** An allocation of `size` requested bytes, named by `id` until it is freed; ids may be reused after that. */
export type AllocationEvent = { readonly op: "alloc"; readonly id: number; readonly size: number } | { readonly op: "free"; readonly id: number };

export type ReplayResult = {
  readonly config: ObmallocConfig;
  readonly stats: ObmallocStats;
  readonly arenas: readonly ArenaMapEntry[];
  /** Allocations still live that pymalloc passed on to the system allocator (0 bytes or over the threshold). */
  readonly systemBlocksInUse: number;
};

export function replayAllocations(
  version: PythonVersion,
  pointerSize: PointerSize,
  events: Iterable<AllocationEvent>,
  options: ObmallocOptions = {},
): ReplayResult {
  const model = new ObmallocModel(obmallocConfig(version, pointerSize), options);
  // null: the allocation went to the system allocator.
  const live = new Map<number, BlockHandle | null>();
  for (const event of events) {
    if (event.op === "alloc") {
      if (live.has(event.id)) throw new Error(`allocation ${event.id} is allocated again before it was freed`);
      live.set(event.id, model.malloc(event.size));
      continue;
    }
    const handle = live.get(event.id);
    // An id the replay never saw allocated was allocated before the model started: nothing to free.
    if (handle === undefined) continue;
    live.delete(event.id);
    if (handle !== null) model.free(handle);
  }
  let systemBlocksInUse = 0;
  for (const handle of live.values()) if (handle === null) systemBlocksInUse++;
  return { config: model.config, stats: model.stats(), arenas: model.arenaMap(), systemBlocksInUse };
}
