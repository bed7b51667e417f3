"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { isWholeNumber, predictionIsRight, programAnswer, type PredictionView } from "@/app/_shared/prediction-answer";
import type { RunResult } from "@/engine/protocol";
import { CodeEditor } from "../CodeEditor";
import { CodeRunner } from "../CodeRunner";
import { editorHeight, heightForLines, MAX_LINES } from "../editor-height";
import styles from "./PredictBlock.module.css";
import { QuestionText } from "./QuestionText";

const FIT = { minHeightPx: heightForLines(1), maxHeightPx: heightForLines(MAX_LINES) };
const ignoreEdits = () => {};

/**
 * One locked-in prediction: a new object per lock-in, so that a run started under an earlier one is
 * not judged against a later one. `kept` when it is the stored one the page opened with.
 */
type Commitment = { predicted: string; kept: boolean };

/** What the last run under the current prediction showed. `actual` is null when the program gave no answer. */
type Outcome = { python: string; predicted: string; actual: string | null; correct: boolean; why?: string; fromLastVisit?: boolean };

export type PredictBlockProps = {
  id: string;
  lesson: string;
  question: string;
  code: string;
  choices: string[] | null;
  /** The learner's last stored prediction on this block, rendered by the server. */
  saved: PredictionView | null;
};

function outcomeOf(saved: PredictionView | null): Outcome | null {
  return saved && { python: saved.python, predicted: saved.predicted, actual: saved.actual, correct: saved.correct, fromLastVisit: true };
}

/**
 * Predict, then run: the learner answers a question about fixed code (one of the choices, or a whole
 * number), locks the answer in, and only then may Run it on the engine. The program's last stdout line
 * is CPython's answer; the verdict is shown at once and the prediction is stored with the learner
 * (POST /api/predictions/<id>), once per locked-in answer.
 */
export function PredictBlock({ id, lesson, question, code, choices, saved }: PredictBlockProps) {
  const questionId = useId();
  const [draft, setDraft] = useState(saved?.predicted ?? "");
  const [commitment, setCommitment] = useState<Commitment | null>(saved ? { predicted: saved.predicted, kept: true } : null);
  const [outcome, setOutcome] = useState<Outcome | null>(outcomeOf(saved));
  const [saveError, setSaveError] = useState<string | null>(null);
  // The prediction in force when a run ends (the run may have started under an earlier one), and the
  // predictions already stored in this visit.
  const current = useRef(commitment);
  useEffect(() => {
    current.current = commitment;
  }, [commitment]);
  const stored = useRef(new WeakSet<Commitment>());

  const ready = choices ? choices.includes(draft) : isWholeNumber(draft);

  const lockIn = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setCommitment({ predicted: draft.trim(), kept: false });
    setOutcome(null);
    setSaveError(null);
  };

  const change = () => {
    setCommitment(null);
    setOutcome(null);
    setSaveError(null);
  };

  const store = async (prediction: Commitment, python: string, actual: string) => {
    try {
      const response = await fetch(`/api/predictions/${encodeURIComponent(id)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lesson, version: python, predicted: prediction.predicted, actual }),
      });
      if (!response.ok) throw new Error(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? `HTTP ${response.status}`);
    } catch (error) {
      stored.current.delete(prediction);
      setSaveError(`Your prediction could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const judge = (result: RunResult) => {
    const prediction = current.current;
    if (!prediction) return;
    const python = result.python.version;
    const actual = result.status === "ok" ? programAnswer(result.stdout) : null;
    if (actual === null) {
      const why = result.status === "ok" ? "it printed nothing" : "it did not finish";
      setOutcome({ python, predicted: prediction.predicted, actual: null, correct: false, why });
      return;
    }
    setOutcome({ python, predicted: prediction.predicted, actual, correct: predictionIsRight(prediction.predicted, actual) });
    // The first answer to a locked-in prediction is the one kept: later runs (another version) show
    // their verdict but are not a new prediction.
    if (!prediction.kept && !stored.current.has(prediction)) {
      stored.current.add(prediction);
      setSaveError(null);
      void store(prediction, python, actual);
    }
  };

  return (
    <section className={styles.predict} aria-labelledby={questionId} data-testid="predict-block" data-predict-id={id}>
      <p className={styles.kicker}>Predict, then run</p>
      <CodeEditor
        value={code}
        onChange={ignoreEdits}
        readOnly
        language="python"
        height={editorHeight(code, 1)}
        fitContent={FIT}
        ariaLabel="Python code of the question (read-only)"
      />
      <form className={styles.question} onSubmit={lockIn}>
        <fieldset disabled={commitment !== null}>
          <legend id={questionId}>
            <QuestionText question={question} />
          </legend>
          {choices ? (
            <div className={styles.choices}>
              {choices.map((choice) => (
                <label key={choice} className={styles.choice}>
                  <input type="radio" name={`predict-${id}`} value={choice} checked={draft === choice} onChange={() => setDraft(choice)} />
                  <code>{choice}</code>
                </label>
              ))}
            </div>
          ) : (
            <label className={styles.number}>
              Your answer (a whole number){" "}
              <input type="text" inputMode="numeric" autoComplete="off" size={8} value={draft} onChange={(event) => setDraft(event.target.value)} />
            </label>
          )}
        </fieldset>
        {commitment === null ? (
          <button type="submit" disabled={!ready}>
            Lock in my prediction
          </button>
        ) : (
          <p className={styles.locked}>
            Your prediction: <code>{commitment.predicted}</code>{" "}
            <button type="button" onClick={change}>
              Change it
            </button>
          </p>
        )}
      </form>
      <CodeRunner source={code} runBlockedBy={commitment === null ? "Lock in a prediction to run the code." : null} onResult={judge} />
      <div aria-live="polite">
        {outcome && (
          <p
            className={`${styles.verdict} ${outcome.actual === null ? "" : outcome.correct ? styles.right : styles.wrong}`}
            data-testid="predict-verdict"
            data-correct={outcome.actual === null ? undefined : String(outcome.correct)}
          >
            {outcome.actual === null ? (
              <>
                Python {outcome.python} gave no answer: {outcome.why}, so there is nothing to compare your prediction with.
              </>
            ) : (
              <>
                <span className={styles.mark} aria-hidden="true">
                  {outcome.correct ? "✓" : "✗"}
                </span>{" "}
                CPython {outcome.python} printed <code>{outcome.actual}</code> — your prediction <code>{outcome.predicted}</code> was{" "}
                <strong>{outcome.correct ? "right" : "wrong"}</strong>.{outcome.fromLastVisit && " (Your last answer, kept from your previous visit.)"}
              </>
            )}
          </p>
        )}
        {saveError && <p className={styles.saveError}>{saveError}</p>}
      </div>
    </section>
  );
}
