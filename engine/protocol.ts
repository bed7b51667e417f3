/**
 * The one protocol between a host (the Node pool, the browser tab) and an engine worker. Hosts and
 * workers import only these types, so a message that one side sends is a message the other side knows.
 */
import type { Trace } from "./trace/schema";

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
};

/** A JSON value, as questions carry arguments and answers carry results. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A question the grader asks about the program after its module ran, answered in the same
 * interpreter before shutdown (engine/probe/heapwise_probe/inspection.py). Each is written to the
 * interpreter only when it is asked, so no hidden input exists there before.
 */
export type Question =
  | { kind: "alive"; class: string }
  | { kind: "sizeof"; expr: string }
  | { kind: "weakref"; expr: string }
  | { kind: "call"; function: string; args: JsonValue[] }
  | { kind: "structure"; source: string }
  | { kind: "collected" };

/** What the questions of a run found; each answer is the probe's JSON, checked by the grader. */
export type Inspection = {
  /** The program's stdout and stderr up to the end of its module (what the questions' code wrote is not in them). */
  programStdout: string;
  programStderr: string;
  /** The collector's total of collected objects before the program ran (gc.get_stats()). */
  collectedBefore: number;
  answers: unknown[];
};

export type RunRequest = {
  source: string;
  /** The name tracebacks show, as the user gave it (e.g. "prog.py" or "examples/cycle.py"). */
  filename: string;
  stdin: string;
  limits: RunLimits;
  /** Record the run's memory step by step (engine/probe); null for a plain run. */
  trace: TraceRequest | null;
  /** Asked after the program's module ran, in order; empty for a plain run. */
  questions: Question[];
};

/**
 * How a run ended. "exception" is an uncaught Python exception (exit code 1); the limit statuses
 * carry a Python-style message in stderr; "crashed" means the interpreter itself failed and was replaced.
 */
export type RunStatus = "ok" | "exception" | "timeout" | "memory" | "output-limit" | "crashed";

export type PythonException = {
  /** Qualified type name as CPython prints it, e.g. "ZeroDivisionError" or "mymod.MyError". */
  type: string;
  message: string;
};

export type RunResult = {
  status: RunStatus;
  exitCode: number;
  stdout: string;
  stderr: string;
  exception: PythonException | null;
  durationMs: number;
  /** Size of the WebAssembly heap after the run, in bytes. */
  heapBytes: number;
  python: { version: PythonVersion; full: string; pyodide: string };
  /** The probe's record of the run, when the request asked for one. */
  trace: Trace | null;
  /** The answers to the request's questions; null when it asked none. */
  inspection: Inspection | null;
};

/**
 * Requests a host sends to an engine worker. A Node interpreter thread gets its set-up as workerData;
 * a browser worker gets it as the first message ("load").
 */
export type HostMessage =
  | { type: "load"; python: PythonVersion; assetsUrl: string; interruptBuffer: Int32Array | null }
  | { type: "run"; id: number; request: RunRequest }
  | { type: "shutdown" };

/** Events an engine worker sends to its host. */
export type WorkerMessage =
  | { type: "loading"; phase: LoadPhase }
  | { type: "ready"; python: RunResult["python"]; loadMs: number }
  | { type: "output"; id: number; stream: "stdout" | "stderr"; text: string }
  | { type: "result"; id: number; result: RunResult }
  /** The last run changed what cannot be restored: the worker ends and its host starts a new one. */
  | { type: "retiring" }
  | { type: "fatal"; message: string };

export type LoadPhase = "runtime" | "stdlib" | "sandbox" | "ready";
