/**
 * A MODEL of CPython's small-object allocator, obmalloc ("pymalloc"), in TypeScript.
 *
 * Why a model: Pyodide's WebAssembly CPython is built without pymalloc, so the arenas, pools and blocks
 * a learner's program would get on a real CPython do not exist in the browser. This class replays the
 * program's small allocations (their requested sizes, in order) through obmalloc's algorithm, so what
 * Heapwise draws is what native CPython of the chosen version would do with the same requests. It is
 * checked against native CPython's `sys._debugmallocstats()` and block addresses in
 * tests/engine/pymalloc-model.test.ts.
 *
 * What is modelled, as in Objects/obmalloc.c (pymalloc_alloc, allocate_from_new_pool,
 * pymalloc_pool_extend, pymalloc_free, insert_to_usedpool, insert_to_freepool, new_arena):
 * - Size classes: requests of 1..SMALL_REQUEST_THRESHOLD bytes, rounded up to ALIGNMENT; 0-byte and
 *   larger requests go to the system allocator (malloc returns null and they are only counted).
 * - usedpools[class]: the partially used pools of a class. An allocation takes a block from the pool at
 *   its head; a pool that fills up leaves the list; a full pool that gets a block back is put at the
 *   front; a pool that becomes empty goes to the front of its arena's freepools.
 * - Blocks in a pool: a LIFO free list of freed blocks; virgin blocks are carved lazily, one at a time,
 *   when the free list runs dry (nextoffset / maxnextoffset). A free pool taken again for the class it
 *   last held keeps its free list; for another class it is re-initialised.
 * - Arenas: usable_arenas kept sorted by ascending nfreepools, so the most-used arena serves the next
 *   new pool (nfp2lasta search fingers, as since 3.8); an arena whose pools are all free is returned to
 *   the system, except the last one in usable_arenas (bpo-37257); arena_objects live in a vector that
 *   starts at INITIAL_ARENA_OBJECTS and doubles, and freed slots are reused LIFO.
 * - Alignment: pools are POOL_SIZE-aligned inside an arena. Arenas come from mmap, which only promises
 *   page alignment; an arena whose base is not POOL_SIZE-aligned loses one pool ("# bytes lost to arena
 *   alignment"). Where each arena lands is a parameter (ArenaPlacement); by default it is one page past a
 *   pool boundary, which is what native 64-bit Linux gives most arenas.
 *
 * What is not modelled:
 * - Allocations the model is not fed: CPython's own objects (interned strings, code, frames' objects)
 *   exist on a real interpreter before and during a program; the model starts empty.
 * - realloc: pymalloc_realloc keeps a block in place when the new size still fits and is more than 3/4
 *   of the block; a realloc fed as free + alloc can land in another block.
 * - Memory contents, the radix tree behind address_in_range (the model knows which blocks it owns), the
 *   debug allocator (PYTHONMALLOC=debug and Py_DEBUG builds pad every request and so change its size
 *   class), WITH_MEMORY_LIMITS, mimalloc (3.13+ free-threaded builds) and per-interpreter obmalloc
 *   state (3.12+ isolated subinterpreters): one default GIL build's single allocator is modelled.
 */

import { blockSize, blocksPerPool, sizeClassOf, type ObmallocConfig } from "./obmalloc-config";

/** A block handed out by the model. The address is the simulated one, derived from the arena placement. */
export type BlockHandle = { readonly address: number; readonly sizeClass: number };

/** The base address of the n-th arena ever mapped (n from 0): what mmap(ARENA_SIZE) would return for it. */
export type ArenaPlacement = (serial: number) => number;

export type ObmallocOptions = { readonly arenaPlacement?: ArenaPlacement };

/** One row of the `sys._debugmallocstats()` table ("class size num pools blocks in use avail blocks"). */
export type SizeClassStats = {
  readonly sizeClass: number;
  readonly blockSize: number;
  /** Pools holding at least one block of this class (partially used and full ones). */
  readonly poolsInUse: number;
  readonly blocksInUse: number;
  /** Blocks not in use in those pools, virgin ones included ("avail blocks"). */
  readonly freeBlocks: number;
};

/** The quantities `sys._debugmallocstats()` prints about pymalloc, plus requests passed on to the system. */
export type ObmallocStats = {
  /** Every size class, indexed by class (the native table leaves out the classes with no pools). */
  readonly sizeClasses: readonly SizeClassStats[];
  readonly arenas: {
    readonly allocatedTotal: number;
    readonly reclaimed: number;
    readonly highwater: number;
    readonly current: number;
  };
  /** Pools of allocated arenas that hold no block: cached free pools plus never-carved ones ("unused pools"). */
  readonly freePools: number;
  readonly bytes: {
    readonly inAllocatedBlocks: number;
    readonly inAvailableBlocks: number;
    readonly inUnusedPools: number;
    readonly lostToPoolHeaders: number;
    readonly lostToQuantization: number;
    readonly lostToArenaAlignment: number;
    /** Always current arenas * ARENA_SIZE: every byte of every arena is in exactly one line above. */
    readonly total: number;
  };
  /** malloc calls that pymalloc passed on to the system allocator (0 bytes or over the threshold). */
  readonly systemRequests: number;
};

/** A pool as a map draws it; sizeClass is null for a pool that holds no block (free or never carved). */
export type PoolMapEntry = { readonly sizeClass: number | null; readonly blocksInUse: number };

/** An allocated arena: its arena_object slot, base address and every pool it can hold, in address order. */
export type ArenaMapEntry = { readonly slot: number; readonly address: number; readonly pools: readonly PoolMapEntry[] };

/** szidx of a pool that was carved but never used (DUMMY_SIZE_IDX, 0xffff, in C). */
const NO_SIZE_CLASS = -1;

class Pool {
  sizeClass = NO_SIZE_CLASS;
  /** ref.count: blocks in use. */
  count = 0;
  /** The freeblock list as block offsets from the pool base; its head is the last element. */
  freeBlocks: number[] = [];
  nextOffset = 0;
  maxNextOffset = 0;
  /** Links in usedpools[sizeClass] (meaningless while the pool is full or free). */
  nextPool: Pool | null = null;
  prevPool: Pool | null = null;

  constructor(
    readonly arena: Arena,
    readonly address: number,
  ) {}
}

class Arena {
  /** Pools carved so far, in address order; the next one carved is at pool_address in C. */
  readonly pools: Pool[] = [];
  readonly firstPoolAddress: number;
  readonly ntotalpools: number;
  nfreepools: number;
  /** The singly-linked freepools list; its head is the last element. */
  readonly freePools: Pool[] = [];
  /** Links in usable_arenas (meaningless while every pool is in use). */
  nextArena: Arena | null = null;
  prevArena: Arena | null = null;

  constructor(
    readonly slot: number,
    readonly address: number,
    config: ObmallocConfig,
  ) {
    const excess = address % config.poolSize;
    this.ntotalpools = excess === 0 ? config.maxPoolsInArena : config.maxPoolsInArena - 1;
    this.nfreepools = this.ntotalpools;
    this.firstPoolAddress = excess === 0 ? address : address + config.poolSize - excess;
  }

  get isPoolAligned(): boolean {
    return this.firstPoolAddress === this.address;
  }

  nextPoolAddress(config: ObmallocConfig): number {
    return this.firstPoolAddress + this.pools.length * config.poolSize;
  }
}

/**
 * The default ArenaPlacement: Linux hands out anonymous mappings top-down, page-aligned, each just below
 * the previous one; the bases here sit one page past a pool boundary when pools are larger than pages
 * (64-bit), so each arena holds MAX_POOLS_IN_ARENA - 1 pools as most native ones do. The top is below the
 * user address space of each pointer size and, on 64-bit, well inside Number's exact integers.
 */
function defaultPlacement(config: ObmallocConfig): ArenaPlacement {
  const top = config.pointerSize === 8 ? 2 ** 46 : 2 ** 31;
  const skew = config.poolSize > config.systemPageSize ? config.systemPageSize : 0;
  return (serial) => top - (serial + 1) * config.arenaSize - skew;
}

export class ObmallocModel {
  readonly config: ObmallocConfig;
  private readonly placement: ArenaPlacement;
  /** usedpools: the head pool of each size class's list, or null when the class has no partial pool. */
  private readonly usedPools: (Pool | null)[];
  /** The arena_object vector: an allocated arena, or null for an unused slot. */
  private readonly slots: (Arena | null)[] = [];
  /** unused_arena_objects as slot numbers; its head is the last element. */
  private readonly unusedSlots: number[] = [];
  private usableArenas: Arena | null = null;
  /** nfp2lasta[n]: the rightmost arena in usable_arenas with n free pools. */
  private readonly nfp2lasta: (Arena | null)[];
  /** Blocks in use by address, with their pool: what POOL_ADDR(p) finds in C. */
  private readonly liveBlocks = new Map<number, Pool>();
  private arenasAllocatedTotal = 0;
  private arenasCurrent = 0;
  private arenasHighwater = 0;
  private systemRequests = 0;

  constructor(config: ObmallocConfig, options: ObmallocOptions = {}) {
    this.config = config;
    this.placement = options.arenaPlacement ?? defaultPlacement(config);
    this.usedPools = new Array<Pool | null>(config.sizeClassCount).fill(null);
    this.nfp2lasta = new Array<Arena | null>(config.maxPoolsInArena + 1).fill(null);
  }

  /** PyObject_Malloc(nbytes): a block from pymalloc, or null when the request goes to the system allocator. */
  malloc(nbytes: number): BlockHandle | null {
    if (!Number.isSafeInteger(nbytes) || nbytes < 0) throw new RangeError(`invalid allocation size ${nbytes}`);
    const sizeClass = sizeClassOf(this.config, nbytes);
    if (sizeClass === null) {
      this.systemRequests++;
      return null;
    }
    const head = this.usedPools[sizeClass] ?? null;
    const pool = head ?? this.takeFreePool(sizeClass);
    let offset: number;
    if (head !== null) {
      pool.count++;
      offset = popFreeBlock(pool);
      if (pool.freeBlocks.length === 0) this.extendPool(pool);
    } else if (pool.sizeClass === sizeClass) {
      // The pool last held this class: its free list is still valid.
      pool.count = 1;
      offset = popFreeBlock(pool);
    } else {
      offset = this.initPool(pool, sizeClass);
    }
    const address = pool.address + offset;
    this.liveBlocks.set(address, pool);
    return { address, sizeClass };
  }

  /** PyObject_Free of a block this model handed out. */
  free(handle: BlockHandle): void {
    const pool = this.liveBlocks.get(handle.address);
    if (pool === undefined) throw new Error(`free of address ${handle.address}, which is not an allocated block`);
    this.liveBlocks.delete(handle.address);
    const wasFull = pool.freeBlocks.length === 0;
    pool.freeBlocks.push(handle.address - pool.address);
    pool.count--;
    if (wasFull) {
      // insert_to_usedpool: front of the list, so the next allocation of the class reuses this block.
      this.linkUsedPoolAtFront(pool);
    } else if (pool.count === 0) {
      this.releasePool(pool);
    }
  }

  stats(): ObmallocStats {
    const { config } = this;
    const sizeClasses = Array.from({ length: config.sizeClassCount }, (_, sizeClass) => ({
      sizeClass,
      blockSize: blockSize(config, sizeClass),
      poolsInUse: 0,
      blocksInUse: 0,
      freeBlocks: 0,
    }));
    let freePools = 0;
    let unalignedArenas = 0;
    for (const arena of this.allocatedArenas()) {
      freePools += arena.nfreepools;
      if (!arena.isPoolAligned) unalignedArenas++;
      for (const pool of arena.pools) {
        const row = sizeClasses[pool.sizeClass];
        if (pool.count === 0 || row === undefined) continue;
        row.poolsInUse++;
        row.blocksInUse += pool.count;
        row.freeBlocks += blocksPerPool(config, pool.sizeClass) - pool.count;
      }
    }
    const sum = (perClass: (row: SizeClassStats) => number) => sizeClasses.reduce((total, row) => total + perClass(row), 0);
    const bytes = {
      inAllocatedBlocks: sum((row) => row.blocksInUse * row.blockSize),
      inAvailableBlocks: sum((row) => row.freeBlocks * row.blockSize),
      inUnusedPools: freePools * config.poolSize,
      lostToPoolHeaders: sum((row) => row.poolsInUse * config.poolOverhead),
      lostToQuantization: sum((row) => row.poolsInUse * ((config.poolSize - config.poolOverhead) % row.blockSize)),
      lostToArenaAlignment: unalignedArenas * config.poolSize,
    };
    return {
      sizeClasses,
      arenas: {
        allocatedTotal: this.arenasAllocatedTotal,
        reclaimed: this.arenasAllocatedTotal - this.arenasCurrent,
        highwater: this.arenasHighwater,
        current: this.arenasCurrent,
      },
      freePools,
      bytes: { ...bytes, total: Object.values(bytes).reduce((total, value) => total + value, 0) },
      systemRequests: this.systemRequests,
    };
  }

  /** Every allocated arena in arena_object order, each pool with its size class and blocks in use. */
  arenaMap(): ArenaMapEntry[] {
    return this.allocatedArenas().map((arena) => ({
      slot: arena.slot,
      address: arena.address,
      pools: Array.from({ length: arena.ntotalpools }, (_, index): PoolMapEntry => {
        const pool = arena.pools[index];
        return pool === undefined || pool.count === 0
          ? { sizeClass: null, blocksInUse: 0 }
          : { sizeClass: pool.sizeClass, blocksInUse: pool.count };
      }),
    }));
  }

  private allocatedArenas(): Arena[] {
    return this.slots.filter((arena): arena is Arena => arena !== null);
  }

  /** The free block list ran dry: carve the next virgin block, or, if none is left, unlink the full pool. */
  private extendPool(pool: Pool): void {
    if (pool.nextOffset <= pool.maxNextOffset) {
      pool.freeBlocks.push(pool.nextOffset);
      pool.nextOffset += blockSize(this.config, pool.sizeClass);
      return;
    }
    this.unlinkUsedPool(pool);
  }

  /** Sets up a pool for a new size class: hands out its first block and puts the second on the free list. */
  private initPool(pool: Pool, sizeClass: number): number {
    const size = blockSize(this.config, sizeClass);
    const first = this.config.poolOverhead;
    pool.sizeClass = sizeClass;
    pool.count = 1;
    pool.nextOffset = first + 2 * size;
    pool.maxNextOffset = this.config.poolSize - size;
    pool.freeBlocks = [first + size];
    return first;
  }

  /**
   * allocate_from_new_pool up to the point where the pool is linked as the only pool of its class:
   * a pool from the head of usable_arenas, which is the arena with the fewest free pools.
   */
  private takeFreePool(sizeClass: number): Pool {
    if (this.usableArenas === null) {
      const arena = this.newArena();
      this.usableArenas = arena;
      this.nfp2lasta[arena.nfreepools] = arena;
    }
    const arena = this.usableArenas;
    // Taking a pool keeps this arena the one with the fewest free pools, so only the fingers move.
    if (this.nfp2lasta[arena.nfreepools] === arena) this.nfp2lasta[arena.nfreepools] = null;
    if (arena.nfreepools > 1) this.nfp2lasta[arena.nfreepools - 1] = arena;

    const pool = arena.freePools.pop() ?? this.carvePool(arena);
    arena.nfreepools--;
    if (arena.nfreepools === 0) {
      this.usableArenas = arena.nextArena;
      if (this.usableArenas !== null) this.usableArenas.prevArena = null;
      arena.nextArena = null;
    }
    this.usedPools[sizeClass] = pool;
    pool.nextPool = null;
    pool.prevPool = null;
    return pool;
  }

  private carvePool(arena: Arena): Pool {
    const pool = new Pool(arena, arena.nextPoolAddress(this.config));
    arena.pools.push(pool);
    return pool;
  }

  private newArena(): Arena {
    if (this.unusedSlots.length === 0) {
      // The vector doubles; new slots are taken lowest first.
      const grown = this.slots.length === 0 ? this.config.initialArenaObjects : this.slots.length * 2;
      for (let slot = grown - 1; slot >= this.slots.length; slot--) this.unusedSlots.push(slot);
      while (this.slots.length < grown) this.slots.push(null);
    }
    const slot = this.unusedSlots.pop();
    if (slot === undefined) throw new Error("no arena_object slot after growing the vector");
    const address = this.placement(this.arenasAllocatedTotal);
    // What mmap can return: a page-aligned mapping that fits the address space of the pointer size.
    const fits = address > 0 && address + this.config.arenaSize <= 2 ** (8 * this.config.pointerSize);
    if (!Number.isSafeInteger(address) || !fits || address % this.config.systemPageSize !== 0) {
      throw new RangeError(`arena placement returned ${address}, which mmap cannot return for an arena`);
    }
    const arena = new Arena(slot, address, this.config);
    this.slots[slot] = arena;
    this.arenasAllocatedTotal++;
    this.arenasCurrent++;
    this.arenasHighwater = Math.max(this.arenasHighwater, this.arenasCurrent);
    return arena;
  }

  private linkUsedPoolAtFront(pool: Pool): void {
    const head = this.usedPools[pool.sizeClass] ?? null;
    pool.prevPool = null;
    pool.nextPool = head;
    if (head !== null) head.prevPool = pool;
    this.usedPools[pool.sizeClass] = pool;
  }

  private unlinkUsedPool(pool: Pool): void {
    if (pool.prevPool === null) this.usedPools[pool.sizeClass] = pool.nextPool;
    else pool.prevPool.nextPool = pool.nextPool;
    if (pool.nextPool !== null) pool.nextPool.prevPool = pool.prevPool;
    pool.nextPool = null;
    pool.prevPool = null;
  }

  /** insert_to_freepool: the pool became empty; it goes to its arena, and the arena may move or go. */
  private releasePool(pool: Pool): void {
    this.unlinkUsedPool(pool);
    const arena = pool.arena;
    arena.freePools.push(pool);
    let nf = arena.nfreepools;
    const lastnf = this.nfp2lasta[nf] ?? null;
    if (lastnf === arena) {
      const prev = arena.prevArena;
      this.nfp2lasta[nf] = prev !== null && prev.nfreepools === nf ? prev : null;
    }
    arena.nfreepools = ++nf;

    if (nf === arena.ntotalpools && arena.nextArena !== null) {
      // All pools free and not the last usable arena: give the arena back to the system.
      this.unlinkUsableArena(arena);
      this.freeArena(arena);
      return;
    }
    if (nf === 1) {
      // The arena was full, so it was in no list: it has the fewest free pools, so it goes first.
      arena.prevArena = null;
      arena.nextArena = this.usableArenas;
      if (this.usableArenas !== null) this.usableArenas.prevArena = arena;
      this.usableArenas = arena;
      this.nfp2lasta[1] ??= arena;
      return;
    }
    this.nfp2lasta[nf] ??= arena;
    // The rightmost arena with the old count stays sorted in place; any other one moves after it.
    if (lastnf === arena) return;
    if (lastnf === null) throw new Error("nfp2lasta lost the arena's old free-pool count");
    this.unlinkUsableArena(arena);
    arena.prevArena = lastnf;
    arena.nextArena = lastnf.nextArena;
    if (arena.nextArena !== null) arena.nextArena.prevArena = arena;
    lastnf.nextArena = arena;
  }

  private unlinkUsableArena(arena: Arena): void {
    if (arena.prevArena === null) this.usableArenas = arena.nextArena;
    else arena.prevArena.nextArena = arena.nextArena;
    if (arena.nextArena !== null) arena.nextArena.prevArena = arena.prevArena;
    arena.prevArena = null;
    arena.nextArena = null;
  }

  private freeArena(arena: Arena): void {
    this.slots[arena.slot] = null;
    this.unusedSlots.push(arena.slot);
    this.arenasCurrent--;
  }
}

function popFreeBlock(pool: Pool): number {
  const offset = pool.freeBlocks.pop();
  // A pool in usedpools, or a free pool that keeps its class, always has a block on its free list.
  if (offset === undefined) throw new Error("pool free list is empty");
  return offset;
}
