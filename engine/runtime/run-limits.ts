import type { RunLimits } from "../protocol";

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
