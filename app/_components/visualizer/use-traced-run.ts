"use client";

import { useCallback, useRef, useState } from "react";
import type { BrowserEngine } from "@/engine/browser/browser-engine";
import type { PythonVersion, RunResult } from "@/engine/protocol";
import { TraceReader } from "@/engine/trace/trace-reader";

export type TracedRun =
  | { state: "idle" }
  /** Python is loading or the program runs under the probe; `since` is performance.now() at the start. */
  | { state: "recording"; python: PythonVersion; since: number }
  | { state: "done"; python: PythonVersion; source: string; result: RunResult; reader: TraceReader | null }
  | { state: "failed"; message: string };

/**
 * One traced run of the learner's program in this tab's worker for that version. A run that ends
 * badly (exception, time limit, memory) still has a trace up to where it stopped: it is shown, with
 * the reason. The reader is built once per run, so stepping never replays the trace from step 0.
 */
export function useTracedRun() {
  const [run, setRun] = useState<TracedRun>({ state: "idle" });
  // The newest request wins: a second Visualize while the first records ignores the first's answer.
  const latest = useRef(0);

  const start = useCallback(async (engine: BrowserEngine, source: string) => {
    const id = ++latest.current;
    setRun({ state: "recording", python: engine.python, since: performance.now() });
    try {
      const result = await engine.run(source, { trace: true });
      if (id !== latest.current) return;
      setRun({ state: "done", python: engine.python, source, result, reader: result.trace ? new TraceReader(result.trace) : null });
    } catch (error) {
      if (id !== latest.current) return;
      setRun({ state: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  return { run, start };
}
