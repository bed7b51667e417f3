"use client";

import { useState } from "react";
import { useEngines } from "../EngineProvider";
import { PYTHON_VERSIONS, type PythonVersion, type RunResult } from "@/engine/protocol";
import { type VersionDiff, versionDiff } from "@/engine/trace/version-diff";
import { VersionDiffView } from "./VersionDiffView";
import styles from "./Visualizer.module.css";

type Compared = { state: "running" } | { state: "done"; diff: VersionDiff; results: readonly [RunResult, RunResult] } | { state: "failed"; message: string };

/** The version a comparison starts with: the oldest other than the one shown, since most differences are new behaviour. */
const otherThan = (python: PythonVersion) => PYTHON_VERSIONS.find((version) => version !== python) ?? python;

/**
 * The same program traced on two versions in this tab (each in its own worker, side by side in
 * time), and where their observables differ: output, collections, and every global's refcount,
 * sizes and generation at the end (engine/trace/version-diff.ts). Both sides are real CPython runs.
 */
export function VersionCompare({ source, python, disabled }: { source: string; python: PythonVersion; disabled: boolean }) {
  const engines = useEngines();
  const [picked, setOther] = useState<PythonVersion>(() => otherThan(python));
  const [compared, setCompared] = useState<Compared | null>(null);
  // The learner may since have switched the main version to the one picked here.
  const other = picked === python ? otherThan(python) : picked;
  const versions: [PythonVersion, PythonVersion] = other < python ? [other, python] : [python, other];

  const compare = async () => {
    setCompared({ state: "running" });
    const results: RunResult[] = [];
    try {
      const diff = await versionDiff(
        async (code, options) => {
          const result = await engines.get(options.python ?? python).run(code, options);
          results[versions.indexOf(result.python.version)] = result;
          return result;
        },
        source,
        versions,
      );
      const [a, b] = results;
      if (!a || !b) throw new Error("a version did not answer");
      setCompared({ state: "done", diff, results: [a, b] });
    } catch (error) {
      setCompared({ state: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const running = compared?.state === "running";
  return (
    <div className={styles.compareBody}>
      <p className={styles.toolbar}>
        <span>Python {python} and</span>
        <label>
          <span className="visually-hidden">Version to compare with</span>
          <select value={other} onChange={(event) => setOther(event.target.value as PythonVersion)} disabled={running}>
            {PYTHON_VERSIONS.filter((version) => version !== python).map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void compare()} disabled={disabled || running}>
          {running ? "Comparing…" : "Compare"}
        </button>
        {running && (
          <span role="status" className={styles.recording}>
            <progress aria-label="Running on both versions" /> Running on Python {versions[0]} and {versions[1]}…
          </span>
        )}
      </p>
      {compared?.state === "failed" && <p className={styles.failed}>{compared.message}</p>}
      {compared?.state === "done" && <VersionDiffView diff={compared.diff} results={compared.results} />}
    </div>
  );
}
