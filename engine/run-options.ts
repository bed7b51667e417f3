import { DEFAULT_PYTHON, type PythonVersion, type ProbeQuestion, type RunRequest } from "./protocol";
import { DEFAULT_LIMITS } from "./runtime/run-limits";

/** The step cap when a trace is asked for without one: Python Tutor's most requested fix is a
 * partial trace instead of an error, and 10,000 steps stay well within a run's time limit. */
export const DEFAULT_MAX_STEPS = 10_000;

/** The options of the public `run(source, options)`, in the browser and on the server alike. */
export type RunOptions = {
  python?: PythonVersion;
  /** Name used in tracebacks; "main.py" unless the caller has a real file name. */
  filename?: string;
  stdin?: string;
  timeoutMs?: number;
  maxMemoryBytes?: number;
  maxOutputBytes?: number;
  /** Record a step-by-step trace (engine/trace/schema.ts): `true`, or the step cap, whether to
   * record memory over time (default: yes; see TraceRequest.memory) and the only lines to record
   * (default: every line; see TraceRequest.lines). */
  trace?: boolean | { maxSteps?: number; memory?: boolean; lines?: number[] };
  /** The grader's questions about the program, asked after its module ran (engine/grading). */
  questions?: ProbeQuestion[];
};

export function toRunRequest(source: string, options: RunOptions = {}): { python: PythonVersion; request: RunRequest } {
  return {
    python: options.python ?? DEFAULT_PYTHON,
    request: {
      source,
      filename: options.filename ?? "main.py",
      stdin: options.stdin ?? "",
      limits: {
        timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
        maxMemoryBytes: options.maxMemoryBytes ?? DEFAULT_LIMITS.maxMemoryBytes,
        maxOutputBytes: options.maxOutputBytes ?? DEFAULT_LIMITS.maxOutputBytes,
      },
      trace: traceRequest(options.trace),
      questions: options.questions ?? [],
    },
  };
}

function traceRequest(trace: RunOptions["trace"]): RunRequest["trace"] {
  if (!trace) return null;
  const maxSteps = trace === true ? DEFAULT_MAX_STEPS : (trace.maxSteps ?? DEFAULT_MAX_STEPS);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new RangeError(`maxSteps must be a positive integer, not ${maxSteps}`);
  const lines = trace === true ? null : (trace.lines ?? null);
  if (lines?.some((line) => !Number.isInteger(line) || line < 1)) throw new RangeError(`lines must be line numbers, not ${lines.join(", ")}`);
  return { maxSteps, memory: trace === true || trace.memory !== false, lines };
}
