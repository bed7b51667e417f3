"use client";

import { useEffect, useId, useRef, useState } from "react";
import { VersionPicker } from "./VersionPicker";
import { DEFAULT_PYTHON, PYTHON_VERSIONS, type PythonVersion, type RunResult } from "@/engine/protocol";
import styles from "./CodeRunner.module.css";
import { EngineLoading } from "./engine/EngineLoading";
import { useEngineStatus } from "./engine/use-engine-status";
import { OutputPanel } from "./output/OutputPanel";
import { useOutputStream } from "./output/use-output-stream";
import { runSummary } from "./engine/run-summary";
import { VisualizeLink } from "./visualizer/VisualizeLink";

export type CodeRunnerProps = {
  source: string;
  /** Fill the parent's height (the playground). */
  fill?: boolean;
  /** Why Run may not be pressed yet (a predict block: "Commit your prediction first"), shown beside it; null or absent: it may. */
  runBlockedBy?: string | null;
  /** Called with every finished run's result, whatever its status (not when the run could not start). */
  onResult?: (result: RunResult) => void;
};

/**
 * Run and Stop, Visualize (the same code and version, step by step), a Python version picker, a load progress bar and the output panel for one editor.
 * The editor stays usable while Python loads; Run waits for it.
 */
export function CodeRunner({ source, fill = false, runBlockedBy = null, onResult }: CodeRunnerProps) {
  const [python, setPython] = useState<PythonVersion>(DEFAULT_PYTHON);
  const { engine, status } = useEngineStatus(python);
  const [running, setRunning] = useState(false);
  const [started, setStarted] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const output = useOutputStream();
  const runButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  // Run is disabled while a program runs: focus moves to Stop and back, so keyboard users keep their place.
  const keyboardFocus = useRef<"run" | "stop" | null>(null);
  const blockedNote = useId();

  // Start loading Python as soon as an editor is on screen, so the first Run is quick.
  useEffect(() => {
    engine.load().catch(() => {});
  }, [engine]);

  useEffect(() => {
    if (running && keyboardFocus.current === "run") stopButton.current?.focus();
    if (!running && keyboardFocus.current === "stop") runButton.current?.focus();
    keyboardFocus.current = null;
  }, [running]);

  const run = async () => {
    keyboardFocus.current = document.activeElement === runButton.current ? "run" : null;
    setRunning(true);
    setStarted(true);
    setResult(null);
    output.reset();
    const streamed = { stdout: 0, stderr: 0 };
    try {
      const outcome = await engine.run(source, {
        onOutput: (stream, text) => {
          streamed[stream] += text.length;
          output.append(stream, text);
        },
      });
      // What the host added after the worker stopped talking (e.g. the time-limit message).
      for (const stream of ["stdout", "stderr"] as const) output.append(stream, outcome[stream].slice(streamed[stream]));
      setResult(outcome);
      onResult?.(outcome);
    } catch (error) {
      output.append("stderr", `${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      keyboardFocus.current = document.activeElement === stopButton.current || document.activeElement === document.body ? "stop" : null;
      setRunning(false);
    }
  };

  return (
    <div
      className={fill ? `${styles.runner} ${styles.fill}` : styles.runner}
      data-testid="code-runner"
      // How this editor's Python started (the e2e tests and npm run bench:browser read these).
      data-engine-state={status.state}
      data-engine-start={status.state === "ready" ? status.start : undefined}
      data-engine-load-ms={status.state === "ready" ? Math.round(status.loadMs) : undefined}
    >
      <div className={styles.toolbar}>
        <button
          ref={runButton}
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={running || runBlockedBy !== null}
          aria-describedby={runBlockedBy !== null ? blockedNote : undefined}
        >
          {running ? "Running…" : "Run"}
        </button>
        <button ref={stopButton} type="button" onClick={() => engine.stop()} disabled={!running}>
          Stop
        </button>
        <VersionPicker versions={PYTHON_VERSIONS} value={python} onChange={setPython} disabled={running} className={styles.version} />
        <VisualizeLink source={source} python={python} />
        {runBlockedBy !== null && (
          <span id={blockedNote} className={styles.blocked}>
            {runBlockedBy}
          </span>
        )}
        <EngineLoading python={python} status={status} />
      </div>
      {started && (
        <OutputPanel
          buffer={output.buffer}
          version={output.version}
          fill={fill}
          footer={
            result && (
              <p className={styles.summary} data-testid="run-summary" data-status={result.status}>
                {runSummary(result)}
              </p>
            )
          }
        />
      )}
    </div>
  );
}
