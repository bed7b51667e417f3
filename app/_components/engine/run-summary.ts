import type { RunResult } from "@/engine/protocol";

/** One line on how a run ended: "finished · exit code 0 · 12 ms · Python 3.14.2". */
export function runSummary(result: RunResult): string {
  const python = result.python.full ? `Python ${result.python.full}` : `Python ${result.python.version}`;
  const time = `${Math.round(result.durationMs)} ms`;
  const how = {
    ok: "finished",
    exception: "ended with an uncaught exception",
    timeout: "stopped at the time limit",
    memory: "ran out of memory",
    "output-limit": "stopped: too much output",
    crashed: "stopped; its interpreter was replaced",
    security: "stopped: it reached outside Python, so this run does not count",
    stopped: "stopped by you",
  }[result.status];
  return `${how} · exit code ${result.exitCode} · ${time} · ${python}`;
}
