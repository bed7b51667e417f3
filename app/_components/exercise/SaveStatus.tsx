import type { SaveState } from "./use-draft-autosave";
import styles from "./SaveStatus.module.css";

/** A quiet word beside the editor's buttons on whether the learner's code is kept. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = { idle: "", saving: "Saving…", saved: "Saved", failed: "Not saved" }[state.kind];
  return (
    <span
      className={state.kind === "failed" ? styles.failed : styles.status}
      role="status"
      data-testid="save-status"
      data-state={state.kind}
      title={state.kind === "failed" ? `Your code is not saved: ${state.reason}. It is kept in this tab; the next edit tries again.` : undefined}
    >
      {text}
    </span>
  );
}
