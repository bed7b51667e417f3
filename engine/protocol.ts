/**
 * The one protocol between a host (the Node pool, the browser tab) and an engine worker. Hosts and
 * workers import only these types, so a message that one side sends is a message the other side knows.
 *
 * What a worker sends is defined as zod schemas and every host parses it before use
 * (parseWorkerMessage): a worker runs learner code, so whatever it says may be forged or malformed.
 * What a host sends is trusted and stays plain types.
 */
import { z } from "zod";
import { trace } from "./trace/schema";

export const PYTHON_VERSIONS = ["3.11", "3.12", "3.13", "3.14"] as const;
export type PythonVersion = (typeof PYTHON_VERSIONS)[number];
export const DEFAULT_PYTHON: PythonVersion = "3.14";

export function isPythonVersion(value: string): value is PythonVersion {
  return (PYTHON_VERSIONS as readonly string[]).includes(value);
}

export type RunLimits = {
  /** Wall time for the whole run; past it the program is interrupted, then its worker is replaced. */
  timeoutMs: number;
  /** Cap on the WebAssembly heap; Python sees MemoryError when an allocation would pass it. */
  maxMemoryBytes: number;
  /** Bytes of stdout plus stderr kept; past it the program is stopped. */
  maxOutputBytes: number;
};

export type TraceRequest = {
  /** Line events recorded at most; past it the program runs on untraced and the trace says so. */
  maxSteps: number;
  /**
   * Memory over time from tracemalloc (current and peak per step, top lines). tracemalloc traces
   * the probe's own allocations too, which makes a step about three times dearer (npm run bench),
   * so a trace that shows only the heap graph may leave it off. A program that uses tracemalloc
   * itself is read either way.
   */
  memory: boolean;
  /**
   * The only lines of the program's file whose steps are recorded, or null for every line. A
   * grader that reads the heap at marked lines asks for those: recording a step (the heap graph
   * reachable from the frames) is what makes tracing dear, and the other lines then cost next to
   * nothing (engine/probe/heapwise_probe/recorder.py).
   */
  lines: number[] | null;
};

/** A JSON value, as questions carry arguments and answers carry results. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A question the grader asks about the program after its module ran, answered in the same
 * interpreter before shutdown by the probe's function for its kind (HANDLERS in
 * engine/probe/heapwise_probe/inspection.py). Each kind of check defines its own questions
 * (engine/grading/checks/); the engine passes them on as JSON. Each is written to the interpreter
 * only when it is asked, so no hidden input exists there before.
 */
export type ProbeQuestion = { kind: string; [field: string]: JsonValue };

const inspectionSchema = z.strictObject({
  /** The program's stdout and stderr up to the end of its module (what the questions' code wrote is not in them). */
  programStdout: z.string(),
  programStderr: z.string(),
  /** The collector's total of collected objects before the program ran (gc.get_stats()). */
  collectedBefore: z.number().int().nonnegative(),
  /** One per question, in order: the probe's JSON, read by the grader with its kind's schema (engine/grading/checks/). */
  answers: z.array(z.json()),
});
/** What the questions of a run found. */
export type Inspection = z.infer<typeof inspectionSchema>;

export type RunRequest = {
  source: string;
  /** The name tracebacks show, as the user gave it (e.g. "prog.py" or "examples/cycle.py"). */
  filename: string;
  stdin: string;
  limits: RunLimits;
  /** Record the run's memory step by step (engine/probe); null for a plain run. */
  trace: TraceRequest | null;
  /** Asked after the program's module ran, in order; empty for a plain run. */
  questions: ProbeQuestion[];
};

/**
 * How a run ended. "exception" is an uncaught Python exception (exit code 1); the limit statuses
 * carry a Python-style message in stderr; "crashed" means the interpreter itself failed and was
 * replaced; "security" means the program reached JavaScript, so nothing its interpreter said
 * counts (engine/runtime/bridge-tripwire.ts); "stopped" means the learner pressed Stop.
 */
export const RUN_STATUSES = ["ok", "exception", "timeout", "memory", "output-limit", "crashed", "security", "stopped"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

const pythonExceptionSchema = z.strictObject({
  /** Qualified type name as CPython prints it, e.g. "ZeroDivisionError" or "mymod.MyError". */
  type: z.string(),
  message: z.string(),
});
export type PythonException = z.infer<typeof pythonExceptionSchema>;

const pythonBuildSchema = z.strictObject({ version: z.enum(PYTHON_VERSIONS), full: z.string(), pyodide: z.string() });

const runResultSchema = z.strictObject({
  status: z.enum(RUN_STATUSES),
  exitCode: z.number().int(),
  stdout: z.string(),
  stderr: z.string(),
  exception: pythonExceptionSchema.nullable(),
  durationMs: z.number().nonnegative(),
  /** Size of the WebAssembly heap after the run, in bytes. */
  heapBytes: z.number().int().nonnegative(),
  python: pythonBuildSchema,
  /** The probe's record of the run, when the request asked for one. */
  trace: trace.nullable(),
  /** The answers to the request's questions; null when it asked none or the module did not run to its end. */
  inspection: inspectionSchema.nullable(),
  /**
   * Only in a "security" result of a sandbox that lets JavaScript run on ("observe", the escape
   * tests): what the interpreter claimed after the trip. Never evidence of anything but the attempt.
   */
  untrusted: z.strictObject({ status: z.enum(RUN_STATUSES), stdout: z.string(), stderr: z.string(), exception: pythonExceptionSchema.nullable() }).optional(),
});
export type RunResult = z.infer<typeof runResultSchema>;

/**
 * Requests a host sends to an engine worker. A Node interpreter thread gets its set-up as workerData;
 * a browser worker gets it as the first message ("load").
 */
export type HostMessage =
  | { type: "load"; python: PythonVersion; assetsUrl: string; interruptBuffer: Int32Array | null }
  | { type: "run"; id: number; request: RunRequest }
  | { type: "shutdown" };

export const LOAD_PHASES = ["runtime", "stdlib", "sandbox", "ready"] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];

export const LOAD_STARTS = ["snapshot", "fresh"] as const;
export type LoadStart = (typeof LOAD_STARTS)[number];

const runId = z.number().int().positive();

const workerMessageSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("loading"), phase: z.enum(LOAD_PHASES) }),
  z.strictObject({
    type: z.literal("ready"),
    python: pythonBuildSchema,
    loadMs: z.number().nonnegative(),
    /** How the browser worker started: from a stored memory snapshot, or from Pyodide's files. */
    start: z.enum(LOAD_STARTS).optional(),
  }),
  /** What the program wrote since the last message, in order (engine/runtime/output-batcher.ts). */
  z.strictObject({
    type: z.literal("output"),
    id: runId,
    chunks: z.array(z.strictObject({ stream: z.enum(["stdout", "stderr"]), text: z.string() })).min(1),
  }),
  z.strictObject({ type: z.literal("result"), id: runId, result: runResultSchema }),
  /** The last run changed what cannot be restored: the worker ends and its host starts a new one. */
  z.strictObject({ type: z.literal("retiring") }),
  z.strictObject({ type: z.literal("fatal"), message: z.string() }),
  /** The browser worker's tripwire went off (a sandbox process learns it through shared memory instead). */
  z.strictObject({ type: z.literal("reached-javascript") }),
]);
/** Events an engine worker sends to its host. */
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/**
 * zod's compiled parser (generated code, as parse-trace.ts uses for trace lines): a result carries a
 * whole trace, thousands of heap records, and is parsed by the sandbox process and again by the host.
 */
const compiledWorkerMessage = z.compile(workerMessageSchema);

/**
 * A worker's message, parsed; or why it is not one. A host treats a malformed message as a crashed
 * interpreter: it replaces the worker and never lets the message reach its own code.
 */
export function parseWorkerMessage(data: unknown): { ok: true; message: WorkerMessage } | { ok: false; reason: string } {
  const compiled = compiledWorkerMessage.safeParse(data);
  if (compiled.success) return { ok: true, message: compiled.data };
  // The runtime parser's issues name the field (see compiledWorkerMessage).
  const parsed = workerMessageSchema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `malformed message from the interpreter (${issue ? `${issue.path.join(".") || "message"}: ${issue.message}` : "not a message"})` };
}
