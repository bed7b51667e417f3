import type { RunLimits, RunRequest, RunResult } from "../protocol";

/** What a run gets when the caller does not say: generous for lessons, small enough for a shared server. */
export const DEFAULT_LIMITS: RunLimits = {
  timeoutMs: 5_000,
  maxMemoryBytes: 256 * 1024 * 1024,
  maxOutputBytes: 1024 * 1024,
};

/** Time a program gets to unwind after the timeout signal before its worker is terminated. */
export const TIMEOUT_GRACE_MS = 300;

/**
 * A traced run's time limit is the program's own time: the probe's recording does not count (it costs
 * 50 µs to 2 ms a line, so a program that runs 50 ms untraced can record for seconds). Recording may
 * take up to this many times the limit on top of it; past that the probe stops recording, with a
 * note, and the program runs on untraced.
 */
export const RECORDING_BUDGET_RATIO = 2;

/** How often a traced run is signalled again once its wall time passes the limit: the sandbox lets a
 * signal pass while the program's own time is still under it. */
export const RESIGNAL_MS = 100;

export function recordingBudgetMs(request: RunRequest): number {
  return request.trace ? RECORDING_BUDGET_RATIO * request.limits.timeoutMs : 0;
}

/**
 * The clock of one run, as every host keeps it: `signal` (the timeout signal) at the time limit, and
 * for a traced run again every RESIGNAL_MS; `expire` (replace the interpreter) once the limit, the
 * recording budget and the grace period have passed. The timers go into `timers`, for the host to
 * clear when the run ends.
 */
export function armTimeLimit(request: RunRequest, timers: ReturnType<typeof setTimeout>[], signal: () => void, expire: () => void): void {
  const budgetMs = recordingBudgetMs(request);
  const resignal = () => {
    signal();
    timers.push(setTimeout(resignal, RESIGNAL_MS));
  };
  timers.push(setTimeout(budgetMs > 0 ? resignal : signal, request.limits.timeoutMs));
  timers.push(setTimeout(expire, request.limits.timeoutMs + budgetMs + TIMEOUT_GRACE_MS));
}

export function timeoutMessage(limits: RunLimits): string {
  return `TimeoutError: the program ran longer than ${limits.timeoutMs / 1000} s (Heapwise's time limit)`;
}

const EXCEPTION_TYPE = { timeout: "TimeoutError", crashed: "SystemError", security: "SecurityError", stopped: "KeyboardInterrupt" } as const;

/** The result of a run its host had to end from outside: the interpreter was replaced. */
export function replacedRunResult(
  status: keyof typeof EXCEPTION_TYPE,
  message: string,
  partial: { stdout: string; stderr: string; durationMs: number; python: RunResult["python"] },
): RunResult {
  return {
    status,
    // A stopped program exits as Ctrl-C makes CPython exit: 128 + SIGINT.
    exitCode: status === "stopped" ? 130 : 1,
    stdout: partial.stdout,
    stderr: `${partial.stderr}${message}\n`,
    exception: { type: EXCEPTION_TYPE[status], message },
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

/** A run that ended in KeyboardInterrupt after the learner pressed Stop was stopped, not failed. */
export function markStopped(result: RunResult, requested: boolean): RunResult {
  return requested && result.exception?.type === "KeyboardInterrupt" ? { ...result, status: "stopped" } : result;
}
