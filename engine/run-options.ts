import { DEFAULT_PYTHON, type PythonVersion, type RunRequest } from "./protocol";
import { DEFAULT_LIMITS } from "./runtime/run-limits";

/** The options of the public `run(source, options)`, in the browser and on the server alike. */
export type RunOptions = {
  python?: PythonVersion;
  /** Name used in tracebacks; "main.py" unless the caller has a real file name. */
  filename?: string;
  stdin?: string;
  timeoutMs?: number;
  maxMemoryBytes?: number;
  maxOutputBytes?: number;
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
    },
  };
}
