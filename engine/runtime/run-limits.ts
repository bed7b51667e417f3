import type { RunLimits, RunResult } from "../protocol";

/** What a run gets when the caller does not say: generous for lessons, small enough for a shared server. */
export const DEFAULT_LIMITS: RunLimits = {
  timeoutMs: 5_000,
  maxMemoryBytes: 256 * 1024 * 1024,
  maxOutputBytes: 1024 * 1024,
};

/** Time a program gets to unwind after the timeout signal before its worker is terminated. */
export const TIMEOUT_GRACE_MS = 300;

export function timeoutMessage(limits: RunLimits): string {
  return `TimeoutError: the program ran longer than ${limits.timeoutMs / 1000} s (Heapwise's time limit)`;
}

/** The result of a run its host had to end from outside: the interpreter was replaced. */
export function replacedRunResult(
  status: "timeout" | "crashed",
  message: string,
  partial: { stdout: string; stderr: string; durationMs: number; python: RunResult["python"] },
): RunResult {
  return {
    status,
    exitCode: 1,
    stdout: partial.stdout,
    stderr: `${partial.stderr}${message}\n`,
    exception: { type: status === "timeout" ? "TimeoutError" : "SystemError", message },
    durationMs: partial.durationMs,
    heapBytes: 0,
    python: partial.python,
    // The interpreter, with whatever the probe had recorded, is gone.
    trace: null,
    inspection: null,
  };
}

/** A run that ended in TimeoutError after its host sent the timeout signal stopped at the time limit. */
export function markTimedOut(result: RunResult, signalled: boolean): RunResult {
  return signalled && result.exception?.type === "TimeoutError" ? { ...result, status: "timeout" } : result;
}
