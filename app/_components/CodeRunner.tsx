"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { EngineStatus } from "@/engine/browser/browser-engine";
import { DEFAULT_PYTHON, PYTHON_VERSIONS, type PythonVersion, type RunResult } from "@/engine/protocol";
import styles from "./CodeRunner.module.css";
import { useEngines } from "./EngineProvider";

type Chunk = { stream: "stdout" | "stderr"; text: string };

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
  }[result.status];
  return `${how} · exit code ${result.exitCode} · ${time} · ${python}`;
}

/**
 * Run and Stop, a Python version picker, a load progress bar and the output panel for one editor.
 * The editor stays usable while Python loads; Run waits for it.
 */
export function CodeRunner({ source, fill = false }: { source: string; fill?: boolean }) {
  const [python, setPython] = useState<PythonVersion>(DEFAULT_PYTHON);
  const { engine, status } = useEngineStatus(python);
  const [running, setRunning] = useState(false);
  const [chunks, setChunks] = useState<Chunk[]>([]);
  const [result, setResult] = useState<RunResult | null>(null);

  // Start loading Python as soon as an editor is on screen, so the first Run is quick.
  useEffect(() => {
    engine.load().catch(() => {});
  }, [engine]);

  const run = async () => {
    setRunning(true);
    setChunks([]);
    setResult(null);
    const streamed = { stdout: 0, stderr: 0 };
    try {
      const outcome = await engine.run(source, {
        onOutput: (stream, text) => {
          streamed[stream] += text.length;
          setChunks((previous) => [...previous, { stream, text }]);
        },
      });
      // What the host added after the worker stopped talking (e.g. the time-limit message).
      const rest: Chunk[] = (["stdout", "stderr"] as const)
        .map((stream) => ({ stream, text: outcome[stream].slice(streamed[stream]) }))
        .filter((chunk) => chunk.text);
      setChunks((previous) => [...previous, ...rest]);
      setResult(outcome);
    } catch (error) {
      setChunks([{ stream: "stderr", text: `${error instanceof Error ? error.message : String(error)}\n` }]);
    } finally {
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
        <button type="button" className="primary" onClick={() => void run()} disabled={running}>
          {running ? "Running…" : "Run"}
        </button>
        <button type="button" onClick={() => engine.stop()} disabled={!running}>
          Stop
        </button>
        <label className={styles.version}>
          Python{" "}
          <select value={python} onChange={(event) => setPython(event.target.value as PythonVersion)} disabled={running} aria-label="Python version">
            {PYTHON_VERSIONS.map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </select>
        </label>
        {phase && (
          <span className={styles.loading} role="status">
            <progress max={PHASES.length} value={PHASES.indexOf(phase)} aria-label={`Loading Python ${python}`} />
            Python {python}: {PHASE_LABEL[phase]}…
          </span>
        )}
        {status.state === "failed" && <span className={styles.failed}>Python could not load: {status.message}</span>}
      </div>
      {(chunks.length > 0 || result) && (
        <div className={styles.output} aria-label="Program output" data-testid="program-output">
          <pre>
            {chunks.map((chunk, index) => (
              <span key={index} className={chunk.stream === "stderr" ? styles.stderr : undefined} data-stream={chunk.stream}>
                {chunk.text}
              </span>
            ))}
          </pre>
          {result && (
            <p className={styles.summary} data-testid="run-summary" data-status={result.status}>
              {summary(result)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
