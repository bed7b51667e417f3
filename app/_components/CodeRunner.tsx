"use client";

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import type { EngineStatus } from "@/engine/browser/browser-engine";
import { VersionPicker } from "./VersionPicker";
import { DEFAULT_PYTHON, PYTHON_VERSIONS, type PythonVersion, type RunResult } from "@/engine/protocol";
import styles from "./CodeRunner.module.css";
import { useEngines } from "./EngineProvider";
import { OutputPanel } from "./output/OutputPanel";
import { useOutputStream } from "./output/use-output-stream";

const PHASES = ["runtime", "stdlib", "sandbox", "ready"] as const;
const PHASE_LABEL: Record<(typeof PHASES)[number], string> = {
  runtime: "Loading the CPython runtime",
  stdlib: "Loading the standard library",
  sandbox: "Preparing the sandbox",
  ready: "Ready",
};

function useEngineStatus(python: PythonVersion) {
  const engine = useEngines().get(python);
  const status = useSyncExternalStore(
    useCallback((notify: () => void) => engine.subscribe(notify), [engine]),
    () => engine.status,
    (): EngineStatus => ({ state: "idle" }),
  );
  return { engine, status };
}

function summary(result: RunResult): string {
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
 * Run and Stop, a Python version picker, a load progress bar and the output panel for one editor.
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

  const phase = status.state === "loading" ? status.phase : null;
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
        {runBlockedBy !== null && (
          <span id={blockedNote} className={styles.blocked}>
            {runBlockedBy}
          </span>
        )}
        {phase && (
          <span className={styles.loading} role="status">
            <progress max={PHASES.length} value={PHASES.indexOf(phase)} aria-label={`Loading Python ${python}`} />
            Python {python}: {PHASE_LABEL[phase]}…
          </span>
        )}
        {status.state === "failed" && <span className={styles.failed}>Python could not load: {status.message}</span>}
      </div>
      {started && (
        <OutputPanel
          buffer={output.buffer}
          version={output.version}
          fill={fill}
          footer={
            result && (
              <p className={styles.summary} data-testid="run-summary" data-status={result.status}>
                {summary(result)}
              </p>
            )
          }
        />
      )}
    </div>
  );
}
