import { z } from "zod";

/**
 * The trace schema, mirrored from the probe's TypedDicts (engine/probe/heapwise_probe/schema.py):
 * change both together and bump TRACE_SCHEMA_VERSION (tests/trace/schema-agreement.test.ts compares
 * them field by field). The schemas validate every line the probe writes (parse-trace.ts): nothing
 * an interpreter says is trusted. Plain JSON, so a Trace crosses worker boundaries and lands in files
 * (`engine run --trace out.json`) as it is.
 */

export const TRACE_SCHEMA_VERSION = 3;

/** CPython's id() of an object: its address in the interpreter's memory while it is alive. */
export const objectId = z.int().brand<"ObjectId">();
export type ObjectId = z.infer<typeof objectId>;

/** "ref" is a strong reference (one the collector follows); "weak" is a weak reference's referent. */
export const edgeKind = z.enum(["ref", "weak"]);
export type EdgeKind = z.infer<typeof edgeKind>;

/** [label, target, kind]. */
export const edge = z.tuple([z.string(), objectId, edgeKind]);
export type Edge = z.infer<typeof edge>;

export const heapObject = z.strictObject({
  id: objectId,
  /** Qualified type name, e.g. "list", "Node", "collections.deque". */
  type: z.string(),
  /** Short repr built by the probe from builtin types only (no learner __repr__ runs). */
  repr: z.string(),
  /** What `sys.getrefcount(obj)` reports untraced, minus its argument's reference; raw for immortal objects. */
  refcount: z.int(),
  immortal: z.literal(true).optional(),
  /** sys.getsizeof in this (32-bit) interpreter; null if the class overrides __sizeof__ in Python. */
  size: z.int().nullable(),
  /** sys.getsizeof on 64-bit CPython of the same version, derived from the object's state; null when not derivable. */
  size64: z.int().nullable(),
  tracked: z.boolean(),
  /** 0 (young) to 2 (oldest) as gc.get_objects(generation) reports it; null when not GC-tracked. */
  generation: z.int().nullable(),
  edges: z.array(edge),
  /** For a container whose first items only are shown as edges: how many it has. */
  length: z.int().optional(),
  /** The walk's object budget ran out here: this object's edges are not listed. */
  unexpanded: z.literal(true).optional(),
  /** Alive but unreachable from every frame and global, kept alive by a reference cycle. */
  unreachable: z.literal(true).optional(),
});
export type HeapObject = z.infer<typeof heapObject>;

export const frame = z.strictObject({ function: z.string(), line: z.int(), locals: z.record(z.string(), objectId) });
export type Frame = z.infer<typeof frame>;

export const memory = z.strictObject({ current: z.int(), peak: z.int() });
export type Memory = z.infer<typeof memory>;

/** Objects added or changed since the step before, and ids no longer in the graph. */
export const heapDelta = z.strictObject({ changed: z.array(heapObject), removed: z.array(objectId) });
export type HeapDelta = z.infer<typeof heapDelta>;

export const step = z.strictObject({
  kind: z.literal("step"),
  index: z.int(),
  line: z.int(),
  /** Outermost first; the last one is executing `line`. */
  frames: z.array(frame),
  globals: z.record(z.string(), objectId),
  heap: heapDelta,
  memory: memory.nullable(),
});
export type Step = z.infer<typeof step>;

export const gcEvent = z.strictObject({
  kind: z.literal("gc"),
  /** The step whose line was running when the collection happened. */
  step: z.int(),
  generation: z.int(),
  collected: z.int(),
  uncollectable: z.int(),
  duration_ms: z.number(),
});
export type GcEvent = z.infer<typeof gcEvent>;

export const topLine = z.strictObject({ line: z.int(), size: z.int(), count: z.int() });
export type TopLine = z.infer<typeof topLine>;

/** max_steps: the step cap that stopped the recording, or null if the time it took did (run-limits.ts). */
export const truncation = z.strictObject({ max_steps: z.int().nullable(), note: z.string() });

/** Whose tracemalloc the memory figures come from: the probe's, the program's own, or none. */
export const memorySource = z.enum(["probe", "program", "none"]);

export const summary = z.strictObject({
  kind: z.literal("summary"),
  schema: z.int(),
  python: z.string(),
  pointer_size: z.int(),
  steps: z.int(),
  truncated: truncation.nullable(),
  memory_source: memorySource,
  peak: z.int().nullable(),
  top_lines: z.array(topLine),
  /** [requested size, count] of the program's live blocks of at most 512 bytes at the end of the run. */
  small_blocks: z.array(z.tuple([z.int(), z.int()])),
  notes: z.array(z.string()),
});
export type Summary = z.infer<typeof summary>;

/** One line of the probe's JSON-lines trace file. */
export const traceLine = z.discriminatedUnion("kind", [step, gcEvent, summary]);

/**
 * What `run(source, { trace: true })` returns in `result.trace`: built by parseTrace from the probe's
 * lines inside the worker, and parsed again by every host that receives it (engine/protocol.ts).
 */
export const trace = z.strictObject({
  schema: z.literal(TRACE_SCHEMA_VERSION),
  python: z.string(),
  pointerSize: z.int(),
  steps: z.array(step),
  gcEvents: z.array(gcEvent),
  /** Why the trace is shorter than the run (the step cap, or the run ended before the probe could finish). */
  truncated: z.strictObject({ maxSteps: z.int().nullable(), note: z.string() }).nullable(),
  memory: z.strictObject({ source: memorySource, peak: z.int().nullable(), topLines: z.array(topLine), smallBlocks: summary.shape.small_blocks }),
  notes: z.array(z.string()),
});
export type Trace = z.infer<typeof trace>;
