"use client";

import styles from "./StepControls.module.css";

type Props = {
  /** The step shown, from 0. Learners read steps from 1: the slider's value and every label add one. */
  step: number;
  count: number;
  /** The line that step is about to run, and its text. */
  line: number;
  lineText: string;
  onStep: (index: number) => void;
};

/**
 * First, back, forward, last and a slider over the run's steps. The slider is a native range input
 * (role slider, arrow keys, Home, End, Page Up/Down for free); aria-valuenow is set explicitly to the
 * step number the learner reads.
 */
export function StepControls({ step, count, line, lineText, onStep }: Props) {
  const last = count - 1;
  const go = (index: number) => onStep(Math.max(0, Math.min(last, index)));
  return (
    <div className={styles.controls} role="group" aria-label="Step through the run">
      <div className={styles.buttons}>
        <button type="button" onClick={() => go(0)} disabled={step === 0} aria-label="First step" title="First step (Home)">
          <span aria-hidden="true">«</span> First
        </button>
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0} aria-label="Back one step" title="Back one step (←)">
          <span aria-hidden="true">◀</span> Back
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step === last} aria-label="Forward one step" title="Forward one step (→)">
          Forward <span aria-hidden="true">▶</span>
        </button>
        <button type="button" onClick={() => go(last)} disabled={step === last} aria-label="Last step" title="Last step (End)">
          Last <span aria-hidden="true">»</span>
        </button>
        <span className={styles.position} aria-hidden="true">
          Step {step + 1} of {count}
        </span>
      </div>
      <input
        className={styles.slider}
        type="range"
        min={1}
        max={count}
        value={step + 1}
        aria-label="Step"
        aria-valuenow={step + 1}
        aria-valuetext={`Step ${step + 1} of ${count}, line ${line}`}
        onChange={(event) => go(Number(event.target.value) - 1)}
        data-testid="step-slider"
      />
      <p className={styles.line} data-testid="current-line">
        <span className={styles.lineNumber}>Line {line}</span> <code>{lineText.trim() || " "}</code>
      </p>
    </div>
  );
}
