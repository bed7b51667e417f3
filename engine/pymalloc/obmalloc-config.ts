/**
 * The compile-time constants of CPython's small-object allocator (obmalloc), per CPython version and
 * pointer size. They are what a default build gets: WITH_PYMALLOC on, WITH_PYMALLOC_RADIX_TREE on (the
 * default since 3.10), no WITH_MEMORY_LIMITS, no huge-page arenas.
 *
 * Where the values come from:
 * - 3.11: Objects/obmalloc.c of v3.11 (the #defines sit in the .c file), confirmed on native CPython 3.11.7,
 *   64-bit, by `sys._debugmallocstats()`: "Small block threshold = 512, in 32 size classes",
 *   "1048576 bytes/arena", "16384 bytes" per unused pool, "# bytes lost to pool headers" = 48 per pool.
 * - 3.12, 3.13: Include/internal/pycore_obmalloc.h of v3.12.1 and v3.13.0, where 3.12 moved them; the
 *   values did not change.
 * - 3.14: the same header on the 3.14 branch, with these #defines and struct pool_header as in 3.13 (the
 *   one later edit proposed to the struct, gh-124996, was closed unmerged). Huge-page arenas (ARENA_BITS
 *   21, gh-144319) came after 3.14, as an opt-in configure flag, and are not modelled.
 */

import type { PythonVersion } from "../protocol";

/** sizeof(void *) of the build: 8 on 64-bit platforms, 4 on 32-bit ones. */
export type PointerSize = 4 | 8;

export type ObmallocConfig = {
  readonly version: PythonVersion;
  readonly pointerSize: PointerSize;
  /** ALIGNMENT: every block is a multiple of it, so it is also the spacing of the size classes. */
  readonly alignment: number;
  /** SMALL_REQUEST_THRESHOLD: larger requests (and 0-byte ones) go to the system allocator. */
  readonly smallRequestThreshold: number;
  /** NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT. */
  readonly sizeClassCount: number;
  /** SYSTEM_PAGE_SIZE: obmalloc assumes 4 KiB pages; arenas come from mmap, so they are page-aligned. */
  readonly systemPageSize: number;
  /** POOL_SIZE = 1 << POOL_BITS. */
  readonly poolSize: number;
  /** ARENA_SIZE = 1 << ARENA_BITS. */
  readonly arenaSize: number;
  /** MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE; an arena whose base is not pool-aligned holds one fewer. */
  readonly maxPoolsInArena: number;
  /** POOL_OVERHEAD: sizeof(struct pool_header) rounded up to ALIGNMENT; the first block starts there. */
  readonly poolOverhead: number;
  /** INITIAL_ARENA_OBJECTS: the first size of the arena_object vector, which then doubles. */
  readonly initialArenaObjects: number;
};

type Layout = Omit<ObmallocConfig, "version" | "pointerSize" | "maxPoolsInArena" | "poolOverhead">;

/**
 * `#if SIZEOF_VOID_P > 4`: ALIGNMENT 16 (ALIGNMENT_SHIFT 4), USE_LARGE_ARENAS (ARENA_BITS 20) and, with the
 * radix tree, USE_LARGE_POOLS (POOL_BITS 14). Otherwise ALIGNMENT 8, ARENA_BITS 18, POOL_BITS 12.
 */
const LAYOUT_SINCE_3_10: Record<PointerSize, Layout> = {
  8: {
    alignment: 16,
    smallRequestThreshold: 512,
    sizeClassCount: 512 / 16,
    systemPageSize: 4 * 1024,
    poolSize: 1 << 14,
    arenaSize: 1 << 20,
    initialArenaObjects: 16,
  },
  4: {
    alignment: 8,
    smallRequestThreshold: 512,
    sizeClassCount: 512 / 8,
    systemPageSize: 4 * 1024,
    poolSize: 1 << 12,
    arenaSize: 1 << 18,
    initialArenaObjects: 16,
  },
};

/** Which layout each supported version compiles to; a version that changes a constant gets its own. */
const LAYOUTS: Record<PythonVersion, Record<PointerSize, Layout>> = {
  "3.11": LAYOUT_SINCE_3_10,
  "3.12": LAYOUT_SINCE_3_10,
  "3.13": LAYOUT_SINCE_3_10,
  "3.14": LAYOUT_SINCE_3_10,
};

/**
 * struct pool_header is { union { block *_padding; uint count; } ref; block *freeblock; poolp nextpool;
 * poolp prevpool; uint arenaindex, szidx, nextoffset, maxnextoffset; }: four pointer-sized members then
 * four 4-byte uints, with no padding on either pointer size (48 bytes on 64-bit, 32 on 32-bit).
 */
function poolHeaderBytes(pointerSize: PointerSize): number {
  return 4 * pointerSize + 4 * 4;
}

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

export function obmallocConfig(version: PythonVersion, pointerSize: PointerSize): ObmallocConfig {
  const layout = LAYOUTS[version][pointerSize];
  return {
    version,
    pointerSize,
    ...layout,
    maxPoolsInArena: layout.arenaSize / layout.poolSize,
    poolOverhead: roundUp(poolHeaderBytes(pointerSize), layout.alignment),
  };
}

/** INDEX2SIZE(I): the block size of size class I. */
export function blockSize(config: ObmallocConfig, sizeClass: number): number {
  return (sizeClass + 1) * config.alignment;
}

/** The size class of a request, `(nbytes - 1) >> ALIGNMENT_SHIFT`, or null when pymalloc passes it on. */
export function sizeClassOf(config: ObmallocConfig, nbytes: number): number | null {
  if (nbytes === 0 || nbytes > config.smallRequestThreshold) return null;
  return Math.floor((nbytes - 1) / config.alignment);
}

/** NUMBLOCKS(I): how many blocks of size class I fit in a pool after its header. */
export function blocksPerPool(config: ObmallocConfig, sizeClass: number): number {
  return Math.floor((config.poolSize - config.poolOverhead) / blockSize(config, sizeClass));
}
