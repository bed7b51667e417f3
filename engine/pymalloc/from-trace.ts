/**
 * The obmalloc model fed by a traced run: WebAssembly CPython has no pymalloc, so what its pools
 * and arenas would look like is modelled (obmalloc-model.ts) from the program's live small blocks
 * at the end of the run, as tracemalloc saw them (sizes as this build requested them, for its
 * pointer size). A model, and fed with the blocks still live rather than the run's whole history:
 * pools emptied by frees along the way are not in it.
 */

import type { PythonVersion } from "../protocol";
import type { Trace } from "../trace/schema";
import type { PointerSize } from "./obmalloc-config";
import { type AllocationEvent, type ReplayResult, replayAllocations } from "./replay";

export type PymallocModel = ReplayResult & { readonly label: string; readonly blocks: number };

export function pymallocModelOf(trace: Trace, version: PythonVersion): PymallocModel | null {
  if (trace.memory.source === "none") return null;
  const pointerSize: PointerSize = trace.pointerSize === 8 ? 8 : 4;
  const blocks = trace.memory.smallBlocks.reduce((total, [, count]) => total + count, 0);
  return {
    ...replayAllocations(version, pointerSize, liveBlocks(trace.memory.smallBlocks)),
    blocks,
    label: `A model of CPython ${version}'s obmalloc (${pointerSize * 8}-bit), fed with the program's ${blocks.toLocaleString("en-US")} live small blocks at its end as tracemalloc saw them: WebAssembly CPython has no pymalloc to read.`,
  };
}

function* liveBlocks(smallBlocks: readonly (readonly [number, number])[]): Generator<AllocationEvent> {
  let id = 0;
  for (const [size, count] of smallBlocks) for (let i = 0; i < count; i++) yield { op: "alloc", id: id++, size };
}
