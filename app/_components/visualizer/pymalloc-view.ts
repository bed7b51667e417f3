import { blocksPerPool } from "@/engine/pymalloc/obmalloc-config";
import type { PymallocModel } from "@/engine/pymalloc/from-trace";
import { formatBytes } from "./byte-size";

/** A pool as the map draws it: its size class (null when it holds no block) and how full it is, 0 to 1. */
export type PoolCell = { readonly sizeClass: number | null; readonly blockSize: number | null; readonly blocksInUse: number; readonly capacity: number; readonly fill: number };

export type ArenaView = { readonly slot: number; readonly pools: readonly PoolCell[] };

/** One size class with blocks in use: a row of `sys._debugmallocstats()`'s table. */
export type SizeClassRow = { readonly sizeClass: number; readonly blockSize: number; readonly blocksInUse: number; readonly pools: number; readonly freeBlocks: number; readonly blocksPerPool: number };

export type PymallocView = {
  readonly arenas: readonly ArenaView[];
  /** Arenas left out of the drawing (the table and summary still count them). */
  readonly arenasNotDrawn: number;
  readonly sizeClasses: readonly SizeClassRow[];
  readonly summary: string;
  readonly poolSize: number;
  readonly arenaSize: number;
};

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/**
 * What the pymalloc map shows of the model: each arena's pools with their size class and fill, the
 * size classes in use, and one summary sentence. At most `maxArenas` arenas are drawn (a big run maps
 * hundreds; the summary and the table count them all).
 */
export function pymallocView(model: PymallocModel, maxArenas = 16): PymallocView {
  const { config, stats } = model;
  const arenas = model.arenas.slice(0, maxArenas).map((arena) => ({
    slot: arena.slot,
    pools: arena.pools.map((pool): PoolCell => {
      if (pool.sizeClass === null) return { sizeClass: null, blockSize: null, blocksInUse: 0, capacity: 0, fill: 0 };
      const capacity = blocksPerPool(config, pool.sizeClass);
      return { sizeClass: pool.sizeClass, blockSize: (pool.sizeClass + 1) * config.alignment, blocksInUse: pool.blocksInUse, capacity, fill: pool.blocksInUse / capacity };
    }),
  }));
  const sizeClasses = stats.sizeClasses
    .filter((row) => row.poolsInUse > 0)
    .map((row) => ({ sizeClass: row.sizeClass, blockSize: row.blockSize, blocksInUse: row.blocksInUse, pools: row.poolsInUse, freeBlocks: row.freeBlocks, blocksPerPool: blocksPerPool(config, row.sizeClass) }));
  const poolsInUse = sizeClasses.reduce((total, row) => total + row.pools, 0);
  const poolsInArenas = model.arenas.reduce((total, arena) => total + arena.pools.length, 0);
  const summary = [
    `${plural(stats.arenas.current, "arena")} of ${formatBytes(config.arenaSize)}`,
    `${plural(poolsInUse, "pool")} of ${formatBytes(config.poolSize)} in use out of ${poolsInArenas.toLocaleString("en-US")}`,
    `${plural(stats.sizeClasses.reduce((total, row) => total + row.blocksInUse, 0), "block")} in use in ${plural(sizeClasses.length, "size class", "size classes")}`,
    `${formatBytes(stats.bytes.inAllocatedBlocks)} in blocks, ${formatBytes(stats.bytes.inAvailableBlocks)} free in used pools, ${formatBytes(stats.bytes.inUnusedPools)} in empty pools`,
  ].join(" · ");
  return { arenas, arenasNotDrawn: Math.max(0, model.arenas.length - arenas.length), sizeClasses, summary, poolSize: config.poolSize, arenaSize: config.arenaSize };
}

/**
 * A size class's colour on the map: hues spread around the wheel by a golden-angle step, so that
 * neighbouring classes (16 and 24 bytes) never look alike. Lightness is set by the theme's CSS.
 */
export function sizeClassHue(sizeClass: number): number {
  return Math.round((sizeClass * 137.508) % 360);
}
