import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatBytes } from "@/app/_components/visualizer/byte-size";
import { pymallocView } from "@/app/_components/visualizer/pymalloc-view";
import { blockSize, blocksPerPool, sizeClassOf } from "@/engine/pymalloc/obmalloc-config";
import { pymallocModelOf } from "@/engine/pymalloc/from-trace";
import { enginePoolForThisFile } from "../../support/engine-pool";
import { tracedRun } from "./traced-program";

/**
 * The pymalloc map's view of the obmalloc model, fed by a real trace: the program keeps thousands of
 * equal bytes objects alive and reports their size as sys.getsizeof gives it (a bytes object's
 * whole allocation) and the pointer size of its build.
 */
const pool = enginePoolForThisFile({ size: 1 });

const PROGRAM = `import json, struct, sys
blobs = list(map(bytes, [100] * 20000))
print(json.dumps({"size": sys.getsizeof(blobs[0]), "distinct": len(set(map(id, blobs))), "pointer": struct.calcsize("P")}))
`;
const report = z.strictObject({ size: z.int(), distinct: z.int(), pointer: z.int() });

describe("the pymalloc view", () => {
  it("puts the program's live small blocks in their size classes, pools and arenas", async () => {
    const { trace, report: program } = await tracedRun(pool, PROGRAM, report);
    const model = pymallocModelOf(trace, "3.14");
    if (!model) throw new Error("no model");
    const { config } = model;
    expect(config.pointerSize).toBe(program.pointer);
    expect(model.blocks).toBe(trace.memory.smallBlocks.reduce((total, [, count]) => total + count, 0));

    const view = pymallocView(model, Number.POSITIVE_INFINITY);
    expect(view.arenasNotDrawn).toBe(0);
    expect(view.poolSize).toBe(config.poolSize);
    expect(view.arenaSize).toBe(config.arenaSize);

    // Every size class holds the trace's blocks of the sizes it serves, in as few pools as fit them.
    const classes = new Map<number, number>();
    for (const [size, count] of trace.memory.smallBlocks) {
      const sizeClass = sizeClassOf(config, size);
      if (sizeClass !== null) classes.set(sizeClass, (classes.get(sizeClass) ?? 0) + count);
    }
    expect(view.sizeClasses.map((row) => [row.sizeClass, row.blocksInUse])).toEqual([...classes].sort(([a], [b]) => a - b));
    for (const row of view.sizeClasses) {
      expect(row.blockSize).toBe(blockSize(config, row.sizeClass));
      expect(row.blocksPerPool).toBe(blocksPerPool(config, row.sizeClass));
      expect(row.pools).toBe(Math.ceil(row.blocksInUse / row.blocksPerPool));
      expect(row.freeBlocks).toBe(row.pools * row.blocksPerPool - row.blocksInUse);
      // The map draws the same pools, each as full as the blocks it holds.
      const cells = view.arenas.flatMap((arena) => arena.pools).filter((cell) => cell.sizeClass === row.sizeClass);
      expect(cells).toHaveLength(row.pools);
      expect(cells.reduce((total, cell) => total + cell.blocksInUse, 0)).toBe(row.blocksInUse);
      for (const cell of cells) {
        expect(cell).toMatchObject({ blockSize: row.blockSize, capacity: row.blocksPerPool, fill: cell.blocksInUse / row.blocksPerPool });
        expect(cell.fill).toBeGreaterThan(0);
        expect(cell.fill).toBeLessThanOrEqual(1);
      }
    }
    const empty = view.arenas.flatMap((arena) => arena.pools).filter((cell) => cell.sizeClass === null);
    expect(empty.every((cell) => cell.blockSize === null && cell.blocksInUse === 0 && cell.fill === 0)).toBe(true);

    // The program's bytes objects: CPython's size for them, as many blocks as distinct objects at least.
    const blobs = view.sizeClasses.find((row) => row.sizeClass === sizeClassOf(config, program.size));
    expect(trace.memory.smallBlocks.find(([size]) => size === program.size)?.[1]).toBeGreaterThanOrEqual(program.distinct);
    expect(blobs?.blocksInUse).toBeGreaterThanOrEqual(program.distinct);
    expect(blobs?.blockSize).toBeGreaterThanOrEqual(program.size);

    const blocks = model.blocks - model.systemBlocksInUse;
    expect(view.summary).toBe(
      [
        `${model.arenas.length} arenas of ${formatBytes(config.arenaSize)}`,
        `${view.sizeClasses.reduce((total, row) => total + row.pools, 0).toLocaleString("en-US")} pools of ${formatBytes(config.poolSize)} in use out of ${view.arenas.reduce((total, arena) => total + arena.pools.length, 0).toLocaleString("en-US")}`,
        `${blocks.toLocaleString("en-US")} blocks in use in ${view.sizeClasses.length} size classes`,
        `${formatBytes(model.stats.bytes.inAllocatedBlocks)} in blocks, ${formatBytes(model.stats.bytes.inAvailableBlocks)} free in used pools, ${formatBytes(model.stats.bytes.inUnusedPools)} in empty pools`,
      ].join(" · "),
    );

    // Drawing fewer arenas leaves the table and the summary as they were.
    expect(model.arenas.length).toBeGreaterThan(2);
    const two = pymallocView(model, 2);
    expect(two.arenas).toEqual(view.arenas.slice(0, 2));
    expect(two.arenasNotDrawn).toBe(model.arenas.length - 2);
    expect(two.sizeClasses).toEqual(view.sizeClasses);
    expect(two.summary).toBe(view.summary);
  });

  it("has no model for a run that recorded no memory", async () => {
    const { trace } = await tracedRun(pool, 'import json\nprint(json.dumps({"ran": True}))\n', z.strictObject({ ran: z.literal(true) }), { memory: false });
    expect(trace.memory.source).toBe("none");
    expect(pymallocModelOf(trace, "3.14")).toBeNull();
  });
});
