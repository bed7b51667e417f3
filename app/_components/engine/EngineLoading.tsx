import type { EngineStatus } from "@/engine/browser/browser-engine";
import type { PythonVersion } from "@/engine/protocol";
import styles from "./EngineLoading.module.css";

const PHASES = ["runtime", "stdlib", "sandbox", "ready"] as const;
const PHASE_LABEL: Record<(typeof PHASES)[number], string> = {
  runtime: "Loading the CPython runtime",
  stdlib: "Loading the standard library",
  sandbox: "Preparing the sandbox",
  ready: "Ready",
};

/** While a Python version loads in this tab: which phase, as a progress bar and in words; if it failed, why. Nothing once ready. */
export function EngineLoading({ python, status }: { python: PythonVersion; status: EngineStatus }) {
  if (status.state === "failed") return <span className={styles.failed}>Python could not load: {status.message}</span>;
  if (status.state !== "loading") return null;
  return (
    <span className={styles.loading} role="status">
      <progress max={PHASES.length} value={PHASES.indexOf(status.phase)} aria-label={`Loading Python ${python}`} />
      Python {python}: {PHASE_LABEL[status.phase]}…
    </span>
  );
}
