/**
 * The trace schema, mirrored from the probe's TypedDicts (engine/probe/heapwise_probe/schema.py):
 * change both together and bump TRACE_SCHEMA_VERSION. Plain JSON, so it crosses worker boundaries
 * and lands in files (`engine run --trace out.json`) as it is.
 */

export const TRACE_SCHEMA_VERSION = 3;

declare const objectIdBrand: unique symbol;
/** CPython's id() of an object: its address in the interpreter's memory while it is alive. */
export type ObjectId = number & { readonly [objectIdBrand]: true };

/** "ref" is a strong reference (one the collector follows); "weak" is a weak reference's referent. */
export type EdgeKind = "ref" | "weak";
export type Edge = [label: string, target: ObjectId, kind: EdgeKind];

export type HeapObject = {
  id: ObjectId;
  /** Qualified type name, e.g. "list", "Node", "collections.deque". */
  type: string;
  /** Short repr built by the probe from builtin types only (no learner __repr__ runs). */
  repr: string;
  /** What `sys.getrefcount(obj)` reports untraced, minus its argument's reference; raw for immortal objects. */
  refcount: number;
  immortal?: true;
  /** sys.getsizeof in this (32-bit) interpreter; null if the class overrides __sizeof__ in Python. */
  size: number | null;
  /** sys.getsizeof on 64-bit CPython of the same version, derived from the object's state; null when not derivable. */
  size64: number | null;
  tracked: boolean;
  /** 0 (young) to 2 (oldest) as gc.get_objects(generation) reports it; null when not GC-tracked. */
  generation: number | null;
  edges: Edge[];
  /** For a container whose first items only are shown as edges: how many it has. */
  length?: number;
  /** The walk's object budget ran out here: this object's edges are not listed. */
  unexpanded?: true;
  /** Alive but unreachable from every frame and global, kept alive by a reference cycle. */
  unreachable?: true;
};

export type Frame = { function: string; line: number; locals: Record<string, ObjectId> };

export type Memory = { current: number; peak: number };

export type Step = {
  kind: "step";
  index: number;
  line: number;
  /** Outermost first; the last one is executing `line`. */
  frames: Frame[];
  globals: Record<string, ObjectId>;
  /** Objects added or changed since the step before, and ids no longer in the graph. */
  heap: { changed: HeapObject[]; removed: ObjectId[] };
  memory: Memory | null;
};

export type GcEvent = {
  kind: "gc";
  /** The step whose line was running when the collection happened. */
  step: number;
  generation: number;
  collected: number;
  uncollectable: number;
  duration_ms: number;
};

export type TopLine = { line: number; size: number; count: number };

export type Summary = {
  kind: "summary";
  schema: number;
  python: string;
  pointer_size: number;
  steps: number;
  /** max_steps: the step cap that stopped the recording, or null if the time it took did (run-limits.ts). */
  truncated: { max_steps: number | null; note: string } | null;
  /** Whose tracemalloc the memory figures come from: the probe's, the program's own, or none. */
  memory_source: "probe" | "program" | "none";
  peak: number | null;
  top_lines: TopLine[];
  /** [requested size, count] of the program's live blocks of at most 512 bytes at the end of the run. */
  small_blocks: [number, number][];
  notes: string[];
};

/** What `run(source, { trace: true })` returns in `result.trace`. */
export type Trace = {
  schema: typeof TRACE_SCHEMA_VERSION;
  python: string;
  pointerSize: number;
  steps: Step[];
  gcEvents: GcEvent[];
  /** Why the trace is shorter than the run (the step cap, or the run ended before the probe could finish). */
  truncated: { maxSteps: number | null; note: string } | null;
  memory: { source: Summary["memory_source"]; peak: number | null; topLines: TopLine[]; smallBlocks: [number, number][] };
  notes: string[];
};
