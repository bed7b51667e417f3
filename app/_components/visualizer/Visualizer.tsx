"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { CodeEditor } from "../CodeEditor";
import { ProgramStreams } from "../ProgramStreams";
import { VersionPicker } from "../VersionPicker";
import { EngineLoading } from "../engine/EngineLoading";
import { runSummary } from "../engine/run-summary";
import { useEngineStatus } from "../engine/use-engine-status";
import { PYTHON_VERSIONS, type PythonVersion } from "@/engine/protocol";
import { CYCLE_EXAMPLE } from "./examples";
import { FrameStack } from "./FrameStack";
import { GcEventsTable } from "./GcEventsTable";
import { HeapGraph } from "./heap-graph/HeapGraph";
import { MemoryChart } from "./MemoryChart";
import { parseMemoryProfilerTables } from "./memory-profiler-tables";
import { MemoryProfilerTables } from "./MemoryProfilerTables";
import { PymallocMap } from "./PymallocMap";
import { RecordingStatus } from "./RecordingStatus";
import { ShareButton } from "./ShareButton";
import { codeFromHash, visualizeHref } from "./share-link";
import { StepControls } from "./StepControls";
import { useStepKeys } from "./use-step-keys";
import { useTracedRun } from "./use-traced-run";
import { VersionCompare } from "./VersionCompare";
import styles from "./Visualizer.module.css";

/**
 * The memory visualizer: the learner's program traced by the real CPython of their choice in this
 * tab, then stepped through — the line, the frames, the heap graph with refcounts and generations,
 * memory over time with the collector's work, memory_profiler's table, a pymalloc model, and the
 * same program on another version beside it. The code comes from the link (share-link.ts) or the
 * built-in example, and runs as soon as the page opens.
 */
export function Visualizer({ initialPython }: { initialPython: PythonVersion }) {
  const [source, setSource] = useState(CYCLE_EXAMPLE);
  const [python, setPython] = useState(initialPython);
  const { engine, status } = useEngineStatus(python);
  const { run, start } = useTracedRun();
  const [step, setStep] = useState(0);

  const visualize = useCallback(
    (code: string) => {
      // The address bar always holds the link to what is shown: reload and bookmarks keep it.
      window.history.replaceState(null, "", visualizeHref(code, python));
      setStep(0);
      void start(engine, code);
    },
    [engine, python, start],
  );

  // A link's program (or the example) runs once on opening, and again when another link is pasted into this tab.
  useEffect(() => {
    const open = () => {
      const code = codeFromHash(window.location.hash);
      if (code === null && window.location.hash !== "") return;
      setSource(code ?? CYCLE_EXAMPLE);
      visualize(code ?? CYCLE_EXAMPLE);
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
    // Only on mount: later runs are the learner's (Visualize).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const done = run.state === "done" ? run : null;
  const reader = done?.reader ?? null;
  const count = reader?.length ?? 0;
  const shown = reader && count > 0 ? Math.min(step, count - 1) : 0;
  const current = reader?.step(shown);
  const heap = useMemo(() => (reader ? reader.heapAt(shown) : new Map()), [reader, shown]);
  const freed = useMemo(() => (reader ? reader.freedAt(shown) : []), [reader, shown]);
  // memory_profiler's tables are drawn as tables; what the program printed itself stays output.
  const printed = useMemo(() => parseMemoryProfilerTables(done?.result.stdout ?? ""), [done]);
  useStepKeys(count > 0, shown, count, setStep);

  const recording = run.state === "recording";
  const stale = done !== null && (done.source !== source || done.python !== python);
  const lines = (done?.source ?? source).split("\n");

  return (
    <div className={styles.visualizer} data-step={current ? shown : undefined} data-run-state={run.state}>
      <section className={styles.program} aria-labelledby="program-heading">
        <h2 id="program-heading" className="visually-hidden">
          Program
        </h2>
        <div className={styles.toolbar}>
          <button type="button" className="primary" onClick={() => visualize(source)} disabled={recording}>
            {recording ? "Recording…" : "Visualize"}
          </button>
          <button type="button" onClick={() => engine.stop()} disabled={!recording}>
            Stop
          </button>
          <VersionPicker versions={PYTHON_VERSIONS} value={python} onChange={setPython} disabled={recording} />
          <ShareButton source={source} python={python} />
        </div>
        <div className={styles.editor}>
          <CodeEditor value={source} onChange={setSource} language="python" height="100%" ariaLabel="Program to visualize" highlightLine={current && !stale ? current.line : null} />
        </div>
        <p className={styles.status}>
          <EngineLoading python={python} status={status} />
          {run.state === "recording" && status.state === "ready" && <RecordingStatus python={run.python} since={run.since} />}
          {run.state === "failed" && <span className={styles.failed}>{run.message}</span>}
          {done && (
            <span data-testid="run-summary" data-status={done.result.status}>
              {runSummary(done.result)} · {count.toLocaleString("en-US")} steps
            </span>
          )}
          {stale && <span className={styles.stale}>The code or version changed since this run: press Visualize to see it.</span>}
        </p>
        {done?.result.trace?.truncated && <p className={styles.note}>{done.result.trace.truncated.note}</p>}
      </section>

      {done && reader && current ? (
        <>
          <div className={styles.steps}>
            <StepControls step={shown} count={count} line={current.line} lineText={lines[current.line - 1] ?? ""} onStep={setStep} />
          </div>
          <section className={styles.graph} aria-labelledby="heap-heading">
            <h2 id="heap-heading">Heap</h2>
            <HeapGraph heap={heap} frames={current.frames} globals={current.globals} freed={freed} pointerSize={reader.trace.pointerSize} step={shown} />
          </section>
          <section className={styles.frames} aria-labelledby="frames-heading">
            <h2 id="frames-heading">Frames</h2>
            <FrameStack frames={current.frames} globals={current.globals} heap={heap} />
          </section>
          <section className={styles.memory} aria-labelledby="memory-heading">
            <h2 id="memory-heading">Memory over time</h2>
            <MemoryChart trace={reader.trace} step={shown} onStep={setStep} />
            <h3>Garbage collections</h3>
            <GcEventsTable trace={reader.trace} step={shown} onStep={setStep} />
          </section>
          <section className={styles.output} aria-labelledby="output-heading">
            <h2 id="output-heading">Output</h2>
            <MemoryProfilerTables tables={printed.tables} />
            <ProgramStreams stdout={printed.rest} stderr={done.result.stderr} stopped={done.result.exitCode !== 0} whose="your" />
          </section>
          <section className={styles.pymalloc} aria-labelledby="pymalloc-heading">
            <h2 id="pymalloc-heading">pymalloc map (a model)</h2>
            <PymallocMap trace={reader.trace} python={done.python} />
          </section>
        </>
      ) : (
        done && (
          <section className={styles.output} aria-labelledby="output-heading">
            <h2 id="output-heading">Output</h2>
            <p>No step was recorded: the program stopped before its first line ran.</p>
            <ProgramStreams stdout={done.result.stdout} stderr={done.result.stderr} stopped={done.result.exitCode !== 0} whose="your" />
          </section>
        )
      )}
      <section className={styles.compare} aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare two versions</h2>
        <VersionCompare source={source} python={python} disabled={recording} />
      </section>
    </div>
  );
}
