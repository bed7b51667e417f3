import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockSize, blocksPerPool, obmallocConfig, sizeClassOf } from "@/engine/pymalloc/obmalloc-config";
import { ObmallocModel, type ArenaPlacement, type BlockHandle, type ObmallocStats } from "@/engine/pymalloc/obmalloc-model";
import { replayAllocations, type AllocationEvent } from "@/engine/pymalloc/replay";
import { runNativePython } from "../support/native-python";

/*
 * Ground truth is the machine's CPython 3.11 (64-bit): a harness performs each allocation pattern with
 * real `bytes` objects, prints `sys._debugmallocstats()` at every snapshot and reports every block's
 * address. The model, fed the same requests, must show the same CHANGE since the first snapshot (pools,
 * blocks and free blocks of every size class, arenas, the byte accounting, free pools) and hand out the
 * same blocks. Every expected number comes from the native run; none is typed here.
 *
 * Making the change comparable: a real interpreter has pools and arenas before the pattern starts, and the
 * model starts empty. So, before the first snapshot, the harness fills with padding blocks every partly
 * used pool of the classes the pattern uses (then the pattern's blocks, like the model's, go to new
 * pools), and every free pool of every arena with blocks of a class the pattern does not use (then the
 * pattern's first pool, like the model's, needs a new arena). The padding stays alive to the end, and the
 * first snapshot proves that it worked.
 *
 * Noise: while the pattern runs, the harness allocates nothing that outlives a step (its steps are decoded
 * and its tables built before the padding, the GC is off), and CPython's own short-lived allocations land
 * in small classes, which the padding leaves with spare blocks so that they never take a pool.
 */

const config = obmallocConfig("3.11", 8);

/** Block size of the padding that fills the free pools: no pattern below uses it. */
const ARENA_PADDING_SIZE = 496;

const HARNESS = String.raw`
import gc, json, os, sys
from array import array

# A bytes object of n bytes is one PyObject_Malloc of (bytes header + n + 1) bytes: its getsizeof.
HEADER = sys.getsizeof(b"")
MARKER = b"@@ snapshot\n"
# The statistics are read into this buffer; _debugmallocstats prints a few KiB, far less than a pipe holds.
BUFFER = bytearray(1 << 16)
# Classes below this block size get spare blocks, so the harness's own short-lived objects never need a pool.
RESERVE_BELOW = 256
RESERVE = 64


def read_table():
    """The table as (pools, blocks in use, avail blocks) per size class, and the number of unused pools."""
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(saved)
    os.close(w)
    n = os.readv(r, [BUFFER])
    os.close(r)
    data = bytes(BUFFER[:n])
    table = [None] * 64
    unused = 0
    pos = 0
    while True:
        end = data.find(b"\n", pos)
        if end < 0:
            break
        fields = data[pos:end].split()
        pos = end + 1
        if len(fields) == 5 and fields[0].isdigit() and fields[4].isdigit():
            table[int(fields[0])] = (int(fields[2]), int(fields[3]), int(fields[4]))
        elif len(fields) > 2 and fields[1] == b"unused" and fields[2] == b"pools":
            unused = int(fields[0])
    return table, unused


def pad_round(padding, fill, arena_fill, alignment):
    """One reading, then the blocks still missing; returns whether nothing was missing."""
    table, unused = read_table()
    done = True
    for index in range(RESERVE_BELOW // alignment - 1):
        row = table[index]
        avail = 0 if row is None else row[2]
        if avail < RESERVE:
            done = False
            block = (index + 1) * alignment
            for _ in range(avail + 1):
                padding.append(bytes(block - HEADER) if block > HEADER else bytearray(block - 1))
    for request, index in fill:
        row = table[index]
        if row is not None and row[2] > 0:
            done = False
            for _ in range(row[2]):
                padding.append(bytes(request - HEADER))
    request, index = arena_fill
    row = table[index]
    missing = 1 if row is None else row[2] + unused * (row[1] + row[2]) // row[0]
    if missing > 0:
        done = False
        for _ in range(missing):
            padding.append(bytes(request - HEADER))
    return done


def main():
    gc.disable()
    program = json.loads(sys.stdin.read())
    steps = [(op, key, size - HEADER) if op == 0 else (op, key) for op, key, size in program["steps"]]
    objects = [None] * program["ids"]
    # Each block's address, stored as a C integer so that recording it keeps no int object alive.
    addresses = array("Q", [0]) * program["ids"]
    # Long enough that its item buffer never comes from pymalloc.
    padding = [None] * 100
    while not pad_round(padding, program["fill"], program["arenaFill"], program["alignment"]):
        pass
    for step in steps:
        op = step[0]
        if op == 0:
            objects[step[1]] = bytes(step[2])
            addresses[step[1]] = id(objects[step[1]])
        elif op == 1:
            objects[step[1]] = None
        else:
            os.write(2, MARKER)
            sys._debugmallocstats()
    sys.stdout.write(" ".join(map(str, addresses)))


main()
`;

type Step = AllocationEvent | { readonly op: "snapshot" };

/** An allocation pattern: requests of known sizes, frees, and the points where both sides are compared. */
class Pattern {
  readonly steps: Step[] = [{ op: "snapshot" }];
  readonly sizes = new Set<number>();
  private nextId = 0;

  alloc(size: number, count: number): number[] {
    this.sizes.add(size);
    return Array.from({ length: count }, () => {
      const id = this.nextId++;
      this.steps.push({ op: "alloc", id, size });
      return id;
    });
  }

  free(ids: Iterable<number>): void {
    for (const id of ids) this.steps.push({ op: "free", id });
  }

  snapshot(): void {
    this.steps.push({ op: "snapshot" });
  }

  get idCount(): number {
    return this.nextId;
  }
}

function classOf(size: number): number {
  const sizeClass = sizeClassOf(config, size);
  if (sizeClass === null) throw new Error(`${size} bytes is not a pymalloc request`);
  return sizeClass;
}

/** How many requests of `size` fill `pools` pools, plus `extra` blocks. */
function blocksFilling(size: number, pools: number, extra = 0): number {
  return pools * blocksPerPool(config, classOf(size)) + extra;
}

type NativeRow = { sizeClass: number; pools: number; blocks: number; avail: number };

type NativeStats = {
  threshold: number;
  sizeClassCount: number;
  /** The table's rows by block size; a class with no pool has no row. */
  rows: Map<number, NativeRow>;
  arenas: { allocatedTotal: number; reclaimed: number; highwater: number; current: number };
  arenaSize: number;
  unusedPools: number;
  poolSize: number;
  poolHeaderBytes: number;
  alignmentBytes: number;
  allocatedBytes: number;
  availableBytes: number;
  quantizationBytes: number;
};

function parseDebugMallocStats(text: string): NativeStats {
  const number = (pattern: RegExp, group = 1): number => {
    const match = pattern.exec(text);
    if (match === null) throw new Error(`no ${pattern} in:\n${text}`);
    return Number((match[group] ?? "").replaceAll(",", ""));
  };
  const rows = new Map<number, NativeRow>();
  for (const match of text.matchAll(/^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/gm)) {
    const [sizeClass, size, pools, blocks, avail] = match.slice(1).map(Number);
    if (sizeClass === undefined || size === undefined || pools === undefined || blocks === undefined || avail === undefined) continue;
    rows.set(size, { sizeClass, pools, blocks, avail });
  }
  return {
    threshold: number(/^Small block threshold = (\d+), in (\d+) size classes\./m),
    sizeClassCount: number(/^Small block threshold = (\d+), in (\d+) size classes\./m, 2),
    rows,
    arenas: {
      allocatedTotal: number(/^# arenas allocated total\s+=\s+([\d,]+)$/m),
      reclaimed: number(/^# arenas reclaimed\s+=\s+([\d,]+)$/m),
      highwater: number(/^# arenas highwater mark\s+=\s+([\d,]+)$/m),
      current: number(/^# arenas allocated current\s+=\s+([\d,]+)$/m),
    },
    arenaSize: number(/^\d+ arenas \* (\d+) bytes\/arena/m),
    unusedPools: number(/^(\d+) unused pools \* \d+ bytes/m),
    poolSize: number(/^\d+ unused pools \* (\d+) bytes/m),
    poolHeaderBytes: number(/^# bytes lost to pool headers\s+=\s+([\d,]+)$/m),
    alignmentBytes: number(/^# bytes lost to arena alignment\s+=\s+([\d,]+)$/m),
    allocatedBytes: number(/^# bytes in allocated blocks\s+=\s+([\d,]+)$/m),
    availableBytes: number(/^# bytes in available blocks\s+=\s+([\d,]+)$/m),
    quantizationBytes: number(/^# bytes lost to quantization\s+=\s+([\d,]+)$/m),
  };
}

let harnessDir = "";
beforeAll(() => {
  harnessDir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-pymalloc-"));
  fs.writeFileSync(path.join(harnessDir, "harness.py"), HARNESS);
});
afterAll(() => fs.rmSync(harnessDir, { recursive: true, force: true }));

type NativeRun = { snapshots: NativeStats[]; addresses: number[] };

/** Runs the pattern on native CPython: a parsed `sys._debugmallocstats()` per snapshot, an address per id. */
function runNative(pattern: Pattern): NativeRun {
  const program = {
    ids: pattern.idCount,
    steps: pattern.steps.map((step) => (step.op === "alloc" ? [0, step.id, step.size] : step.op === "free" ? [1, step.id, 0] : [2, 0, 0])),
    fill: [...pattern.sizes].map((size) => [size, classOf(size)]),
    arenaFill: [ARENA_PADDING_SIZE, classOf(ARENA_PADDING_SIZE)],
    alignment: config.alignment,
  };
  const native = runNativePython("harness.py", harnessDir, JSON.stringify(program));
  if (native.exitCode !== 0) throw new Error(`harness failed:\n${native.stderr}`);
  return {
    snapshots: native.stderr.split("@@ snapshot\n").slice(1).map(parseDebugMallocStats),
    // Below 2**53 on x86-64 and AArch64 Linux (user space ends at 2**47, or 2**52 with 5-level paging).
    addresses: native.stdout.split(" ").filter(Boolean).map(Number),
  };
}

/**
 * Arenas that lose a pool to alignment: mmap decides it natively, so the model gets it from the native
 * snapshot. Only the count is known, not which arenas; while no arena has been freed that decides nothing.
 */
function placementWithUnaligned(unaligned: number): ArenaPlacement {
  return (serial) => 2 ** 40 - 2 * (serial + 1) * config.arenaSize + (serial < unaligned ? config.systemPageSize : 0);
}

type Comparable = {
  classes: Record<number, { pools: number; blocks: number; avail: number }>;
  arenas: { current: number; allocatedTotal: number; reclaimed: number; highwater: number };
  bytes: { allocated: number; available: number; poolHeaders: number; quantization: number };
  freePools?: number;
};

function nativeChange(before: NativeStats, now: NativeStats, arenasFreed: boolean): Comparable {
  const row = (stats: NativeStats, size: number) => stats.rows.get(size) ?? { pools: 0, blocks: 0, avail: 0 };
  const classes: Comparable["classes"] = {};
  for (let sizeClass = 0; sizeClass < config.sizeClassCount; sizeClass++) {
    const block = blockSize(config, sizeClass);
    classes[block] = {
      pools: row(now, block).pools - row(before, block).pools,
      blocks: row(now, block).blocks - row(before, block).blocks,
      avail: row(now, block).avail - row(before, block).avail,
    };
  }
  return {
    classes,
    arenas: {
      current: now.arenas.current - before.arenas.current,
      allocatedTotal: now.arenas.allocatedTotal - before.arenas.allocatedTotal,
      reclaimed: now.arenas.reclaimed - before.arenas.reclaimed,
      highwater: now.arenas.highwater,
    },
    bytes: {
      allocated: now.allocatedBytes - before.allocatedBytes,
      available: now.availableBytes - before.availableBytes,
      poolHeaders: now.poolHeaderBytes - before.poolHeaderBytes,
      quantization: now.quantizationBytes - before.quantizationBytes,
    },
    ...(arenasFreed ? {} : { freePools: now.unusedPools - before.unusedPools }),
  };
}

function modelView(before: NativeStats, stats: ObmallocStats, arenasFreed: boolean): Comparable {
  const classes: Comparable["classes"] = {};
  for (const row of stats.sizeClasses) {
    classes[row.blockSize] = { pools: row.poolsInUse, blocks: row.blocksInUse, avail: row.freeBlocks };
  }
  return {
    classes,
    arenas: {
      current: stats.arenas.current,
      allocatedTotal: stats.arenas.allocatedTotal,
      reclaimed: stats.arenas.reclaimed,
      // The native mark also remembers arenas from before the pattern.
      highwater: Math.max(before.arenas.highwater, before.arenas.current + stats.arenas.highwater),
    },
    bytes: {
      allocated: stats.bytes.inAllocatedBlocks,
      available: stats.bytes.inAvailableBlocks,
      poolHeaders: stats.bytes.lostToPoolHeaders,
      quantization: stats.bytes.lostToQuantization,
    },
    ...(arenasFreed ? {} : { freePools: stats.freePools }),
  };
}

function expectSameStatistics(pattern: Pattern, snapshots: NativeStats[]): void {
  const [before] = snapshots;
  if (before === undefined) throw new Error("the harness printed no snapshot");
  // The padding worked: the pattern starts with no partly used pool of its classes and no free pool.
  expect([...pattern.sizes].map((size) => before.rows.get(blockSize(config, classOf(size)))?.avail ?? 0)).toEqual([...pattern.sizes].map(() => 0));
  expect(before.unusedPools).toBe(0);

  let snapshot = 0;
  pattern.steps.forEach((step, index) => {
    if (step.op !== "snapshot" || index === 0) return;
    const now = snapshots[++snapshot];
    if (now === undefined) throw new Error(`snapshot ${snapshot} is missing`);
    // Once an arena went back to the system, which one it was (and so its alignment) is not visible.
    const arenasFreed = now.arenas.reclaimed !== before.arenas.reclaimed;
    const unaligned = (now.alignmentBytes - before.alignmentBytes) / config.poolSize;
    const events = pattern.steps.slice(0, index).filter((event): event is AllocationEvent => event.op !== "snapshot");
    const { stats } = replayAllocations("3.11", 8, events, arenasFreed ? {} : { arenaPlacement: placementWithUnaligned(unaligned) });
    expect(modelView(before, stats, arenasFreed), `snapshot ${snapshot}`).toEqual(nativeChange(before, now, arenasFreed));
  });
  expect(snapshot + 1).toBe(snapshots.length);
}

/**
 * Every allocation as (pool, offset in the pool), pools numbered in the order they first serve a block so
 * that the two sides compare without sharing addresses; then the model's arena map against the pools
 * the live native blocks occupy. The walk stops when a second arena is needed: from then on which arena
 * serves a pool depends on how many pools each holds, which mmap decided natively and the model does not
 * know.
 */
function expectSameBlocks(pattern: Pattern, nativeAddresses: number[]): void {
  let arenas = 0;
  const model = new ObmallocModel(config, {
    arenaPlacement: (serial) => {
      arenas = serial + 1;
      return placementWithUnaligned(0)(serial);
    },
  });
  const live = new Map<number, { size: number; handle: BlockHandle }>();
  const poolNumbering = () => {
    const pools = new Map<number, number>();
    return (address: number): [pool: number, offset: number] => {
      const offset = address % config.poolSize;
      const pool = pools.get(address - offset) ?? pools.size;
      pools.set(address - offset, pool);
      return [pool, offset];
    };
  };
  const modelBlock = poolNumbering();
  const nativeBlock = poolNumbering();
  const nativeAddress = (id: number) => nativeAddresses[id] ?? Number.NaN;
  const fromModel: [number, number][] = [];
  const fromNative: [number, number][] = [];
  for (const step of pattern.steps) {
    if (step.op === "alloc") {
      const handle = model.malloc(step.size);
      if (handle === null) throw new Error(`${step.size} bytes did not come from pymalloc`);
      if (arenas > 1) {
        // Give back the block that needed the second arena, so that the model holds what \`live\` holds.
        model.free(handle);
        break;
      }
      live.set(step.id, { size: step.size, handle });
      fromModel.push(modelBlock(handle.address));
      fromNative.push(nativeBlock(nativeAddress(step.id)));
    } else if (step.op === "free") {
      const block = live.get(step.id);
      if (block === undefined) throw new Error(`id ${step.id} is freed before it is allocated`);
      live.delete(step.id);
      model.free(block.handle);
    }
  }
  expect(fromModel).toEqual(fromNative);

  const nativePools = new Map<number, { sizeClass: number; blocksInUse: number }>();
  for (const [id, { size }] of live) {
    const [pool] = nativeBlock(nativeAddress(id));
    const entry = nativePools.get(pool) ?? { sizeClass: classOf(size), blocksInUse: 0 };
    entry.blocksInUse++;
    nativePools.set(pool, entry);
  }
  const modelPools = model.arenaMap().flatMap((arena) => arena.pools.filter((pool) => pool.sizeClass !== null));
  const byClassAndCount = (a: { sizeClass: number | null; blocksInUse: number }, b: { sizeClass: number | null; blocksInUse: number }) =>
    (a.sizeClass ?? -1) - (b.sizeClass ?? -1) || a.blocksInUse - b.blocksInUse;
  expect(modelPools.sort(byClassAndCount)).toEqual([...nativePools.values()].sort(byClassAndCount));
}

function expectModelMatchesNative(pattern: Pattern): void {
  const native = runNative(pattern);
  expectSameStatistics(pattern, native.snapshots);
  expectSameBlocks(pattern, native.addresses);
}

/** A deterministic pseudo-random sequence (a 32-bit LCG), so both sides replay the same churn. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function choose<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("nothing to choose from");
  return item;
}

const PATTERNS: Record<string, () => Pattern> = {
  "one class filling several pools, the last one partly": () => {
    const pattern = new Pattern();
    pattern.alloc(304, blocksFilling(304, 10, 17));
    pattern.snapshot();
    return pattern;
  },
  "freeing every other block keeps every pool in use; new blocks fill the holes last-freed first": () => {
    const pattern = new Pattern();
    const ids = pattern.alloc(304, blocksFilling(304, 8, 5));
    pattern.snapshot();
    const freed = ids.filter((_, index) => index % 2 === 0);
    pattern.free(freed);
    pattern.snapshot();
    pattern.alloc(304, freed.length - 3);
    pattern.snapshot();
    return pattern;
  },
  "freeing the first half gives whole pools back": () => {
    const pattern = new Pattern();
    const ids = pattern.alloc(368, blocksFilling(368, 8, 3));
    pattern.free(ids.slice(0, Math.floor(ids.length / 2)));
    pattern.snapshot();
    return pattern;
  },
  "freeing everything empties the pools and keeps the one arena": () => {
    const pattern = new Pattern();
    const ids = pattern.alloc(400, blocksFilling(400, 6, 3));
    pattern.snapshot();
    pattern.free(ids);
    pattern.snapshot();
    return pattern;
  },
  "two size classes interleaved": () => {
    const pattern = new Pattern();
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < 300; i++) {
      small.push(...pattern.alloc(304, 1));
      large.push(...pattern.alloc(432, 1));
    }
    pattern.snapshot();
    pattern.free(small);
    pattern.snapshot();
    pattern.free(large.filter((_, index) => index % 3 === 0));
    pattern.snapshot();
    return pattern;
  },
  "a full pool that gets a block back is used before the partly used one": () => {
    const pattern = new Pattern();
    const [first, ...rest] = pattern.alloc(368, blocksFilling(368, 1));
    const partial = pattern.alloc(368, 5);
    pattern.free([rest[10] ?? Number.NaN]);
    pattern.alloc(368, 1);
    // Empties the partly used pool only if the new block went to the full one.
    pattern.free(partial);
    pattern.snapshot();
    pattern.free([first ?? Number.NaN]);
    pattern.snapshot();
    return pattern;
  },
  "free pools are reused last-freed first, and keep their free list for their old class": () => {
    const pattern = new Pattern();
    const first = pattern.alloc(368, blocksFilling(368, 1));
    const second = pattern.alloc(368, blocksFilling(368, 1));
    const third = pattern.alloc(368, blocksFilling(368, 1, 7));
    pattern.free(first.filter((_, index) => index % 3 === 0));
    pattern.free(first.filter((_, index) => index % 3 !== 0).reverse());
    pattern.free(second);
    pattern.snapshot();
    // The second pool, freed last, now serves another class and is set up afresh ...
    pattern.alloc(480, 3);
    // ... while the first pool hands out its old blocks again, in the order of its free list.
    pattern.free(third.slice(-7));
    pattern.alloc(368, blocksFilling(368, 1, 7));
    pattern.snapshot();
    return pattern;
  },
  "more pools than one arena holds, then all freed: arenas go back, one is kept": () => {
    const pattern = new Pattern();
    // 150 pools need three arenas whether an arena holds 63 pools or 64.
    const ids = pattern.alloc(480, blocksFilling(480, 150));
    pattern.snapshot();
    pattern.free(ids.slice(0, blocksFilling(480, 100)));
    pattern.snapshot();
    pattern.free(ids.slice(blocksFilling(480, 100)));
    pattern.snapshot();
    return pattern;
  },
  "new pools come from the most used arena": () => {
    const pattern = new Pattern();
    const ids = pattern.alloc(432, blocksFilling(432, 150));
    pattern.free(ids.filter((_, index) => index < blocksFilling(432, 100) && index % 2 === 0));
    pattern.free(ids.slice(0, blocksFilling(432, 50)).filter((_, index) => index % 2 === 1));
    pattern.snapshot();
    pattern.alloc(400, blocksFilling(400, 40));
    pattern.snapshot();
    pattern.free(ids.slice(blocksFilling(432, 100)));
    pattern.snapshot();
    return pattern;
  },
  "random churn across three classes": () => {
    const pattern = new Pattern();
    const random = randomSequence(20240611);
    const sizes = [304, 400, 480];
    const live: number[] = [];
    for (let step = 1; step <= 6000; step++) {
      if (live.length > 0 && random() < 0.45) {
        pattern.free(live.splice(Math.floor(random() * live.length), 1));
      } else {
        live.push(...pattern.alloc(choose(sizes, random), 1));
      }
      if (step % 1500 === 0) pattern.snapshot();
    }
    return pattern;
  },
};

describe("the obmalloc model against native CPython 3.11 (64-bit) sys._debugmallocstats()", () => {
  it("uses the native interpreter's constants", () => {
    const [stats] = runNative(new Pattern()).snapshots;
    if (stats === undefined) throw new Error("the harness printed no snapshot");
    const rows = [...stats.rows.entries()];
    const pools = rows.reduce((total, [, row]) => total + row.pools, 0);
    expect({
      threshold: stats.threshold,
      sizeClassCount: stats.sizeClassCount,
      arenaSize: stats.arenaSize,
      poolSize: stats.poolSize,
      poolOverhead: stats.poolHeaderBytes / pools,
    }).toEqual({
      threshold: config.smallRequestThreshold,
      sizeClassCount: config.sizeClassCount,
      arenaSize: config.arenaSize,
      poolSize: config.poolSize,
      poolOverhead: config.poolOverhead,
    });
    for (const [size, row] of rows) {
      expect({ size, blocksPerPool: (row.blocks + row.avail) / row.pools }).toEqual({
        size: blockSize(config, row.sizeClass),
        blocksPerPool: blocksPerPool(config, row.sizeClass),
      });
    }
  });

  for (const [name, build] of Object.entries(PATTERNS)) {
    it(name, () => expectModelMatchesNative(build()));
  }
});

describe("replayAllocations", () => {
  const events: AllocationEvent[] = [
    { op: "alloc", id: 1, size: 600 },
    { op: "alloc", id: 2, size: 0 },
    { op: "alloc", id: 3, size: 100 },
    { op: "free", id: 1 },
  ];

  it("ignores frees of blocks allocated before it started", () => {
    const withEarlierBlocks = [{ op: "free", id: 7 } as const, ...events, { op: "free", id: 8 } as const];
    expect(replayAllocations("3.11", 8, withEarlierBlocks)).toEqual(replayAllocations("3.11", 8, events));
  });

  it("counts requests pymalloc passes on to the system allocator apart from its own blocks", () => {
    const result = replayAllocations("3.11", 8, events);
    expect({ requests: result.stats.systemRequests, live: result.systemBlocksInUse }).toEqual({ requests: 2, live: 1 });
    expect(result.stats.sizeClasses).toEqual(replayAllocations("3.11", 8, [{ op: "alloc", id: 3, size: 100 }]).stats.sizeClasses);
  });
});
