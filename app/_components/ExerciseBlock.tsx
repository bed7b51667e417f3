"use client";

import { type ReactNode, useEffect, useState } from "react";
import type { Attempt } from "@/app/_server/learner-work/attempts";
import type { SubmissionStatus } from "@/app/_shared/submission-status";
import { submissionViewSchema } from "@/app/_shared/submission-view";
import { type CheckResult, countsAsPassed } from "@/engine/grading/check-result";
import type { PublicExercise } from "@/engine/grading/exercise";
import { grade, type GradeResult } from "@/engine/grading/grade";
import type { PythonVersion } from "@/engine/protocol";
import { VersionPicker } from "./VersionPicker";
import { CheckResults } from "./CheckResults";
import { CodeEditor } from "./CodeEditor";
import { editorHeight, heightForLines, MAX_LINES } from "./editor-height";
import { GradeOutput } from "./GradeOutput";
import { jsonOrReason } from "./json-or-reason";
import { useEngines } from "./EngineProvider";
import { Attempts } from "./exercise/Attempts";
import { awaitVerdict } from "./exercise/await-verdict";
import { SaveStatus } from "./exercise/SaveStatus";
import { useDraftAutosave } from "./exercise/use-draft-autosave";
import { VisualizeLink } from "./visualizer/VisualizeLink";
import styles from "./ExerciseBlock.module.css";

const FIT = { minHeightPx: heightForLines(7), maxHeightPx: heightForLines(MAX_LINES) };

/** The code a button replaced, so that the learner can take it back. */
type Replaced = { what: string; code: string };

/**
 * A graded exercise: the learner's code, Check (a preview graded in this tab, without the hidden
 * cases the page never receives), Submit (graded on the server, which stores it), and hints shown
 * one at a time (rendered from MDX on the server). The code is kept as the learner types and comes
 * back on the next visit (`savedCode`, rendered by the server); their attempts are listed below.
 * Check and Submit grade on the Python version picked, among those the exercise is graded on.
 */
export function ExerciseBlock({
  exercise,
  hints: hintNodes,
  savedCode,
  attempts: savedAttempts,
}: {
  exercise: PublicExercise;
  hints: ReactNode[];
  /** The learner's draft, if they have one. */
  savedCode: string | null;
  /** The learner's submissions, newest first. */
  attempts: Attempt[];
}) {
  const [python, setPython] = useState<PythonVersion>(exercise.python);
  const engine = useEngines().get(python);
  const [code, setCode] = useState(savedCode ?? exercise.starter);
  const [attempts, setAttempts] = useState(savedAttempts);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const autosave = useDraftAutosave(exercise.id, exercise.starter);
  const [hints, setHints] = useState(0);
  const [busy, setBusy] = useState<"check" | "submit" | null>(null);
  /** Where the submission is on its way to a verdict, while Submit waits for it. */
  const [waiting, setWaiting] = useState<SubmissionStatus | null>(null);
  const [outcome, setOutcome] = useState<{ mode: "preview" | "submitted"; result: GradeResult } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    engine.load().catch(() => {});
  }, [engine]);

  const edit = (next: string) => {
    setCode(next);
    setReplaced(null);
    autosave.changed(next);
  };
  /** A button put other code in the editor: saved at once, and undoable. */
  const replaceWith = (next: string, what: string) => {
    setReplaced(next === code ? null : { what, code });
    setCode(next);
    autosave.saveNow(next);
  };
  const undo = () => {
    if (!replaced) return;
    setCode(replaced.code);
    setReplaced(null);
    autosave.saveNow(replaced.code);
  };

  const check = async () => {
    setBusy("check");
    setError(null);
    try {
      const result = await grade(exercise, code, { run: (source, options) => engine.run(source, options), mode: "preview", python });
      setOutcome({ mode: "preview", result });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy("submit");
    setWaiting("queued");
    setError(null);
    try {
      await autosave.settled();
      const response = await fetch(`/api/exercises/${exercise.id}/submissions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code, python }),
      });
      const queued = submissionViewSchema.parse(await jsonOrReason(response));
      const body = submissionViewSchema.parse(await awaitVerdict(queued.id, setWaiting));
      if (!body.result) throw new Error(`Not graded: ${body.error ?? "the grader failed"}. This is the grader's failure, not your code's: submit again.`);
      setOutcome({ mode: "submitted", result: body.result });
      const passed = body.result.checks.filter(countsAsPassed).length;
      const attempt: Attempt = {
        id: body.id,
        createdAt: body.createdAt,
        pythonVersion: body.pythonVersion,
        status: body.status,
        score: body.score,
        passed,
        failed: body.result.checks.length - passed,
        code,
      };
      setAttempts((earlier) => [attempt, ...earlier]);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
      setWaiting(null);
    }
  };

  const checks: CheckResult[] = outcome?.result.checks ?? [];
  return (
    <section className={styles.exercise} aria-label={`Exercise: ${exercise.title}`} data-testid="exercise">
      <CodeEditor value={code} onChange={edit} language="python" height={editorHeight(code, 6, 1)} fitContent={FIT} ariaLabel={`Code for ${exercise.title}`} />
      <div className={styles.toolbar}>
        <button type="button" onClick={() => void check()} disabled={busy !== null}>
          {busy === "check" ? "Checking…" : "Check"}
        </button>
        <button type="button" className="primary" onClick={() => void submit()} disabled={busy !== null}>
          {busy === "submit" ? (waiting === "queued" ? "Queued…" : "Grading…") : "Submit"}
        </button>
        <button type="button" onClick={() => setHints((shown) => shown + 1)} disabled={hints >= hintNodes.length}>
          {hints >= hintNodes.length ? "No more hints" : `Hint (${hints + 1} of ${hintNodes.length})`}
        </button>
        <button type="button" onClick={() => replaceWith(exercise.starter, "Back to the starter code")} disabled={code === exercise.starter}>
          Reset to starter
        </button>
        <VisualizeLink source={code} python={python} />
        <SaveStatus state={autosave.state} />
        <VersionPicker versions={exercise.versions} value={python} onChange={setPython} disabled={busy !== null} className={styles.python} />
      </div>
      {waiting && (
        <p className={styles.waiting} role="status" data-testid="submission-status" data-status={waiting}>
          <span className="spinner" aria-hidden="true" />
          {waiting === "queued" ? "Queued: your submission waits for a grader on the server." : "Grading on the server, hidden cases included…"}
        </p>
      )}
      {replaced && (
        <p className={styles.replaced} role="status">
          {replaced.what}.{" "}
          <button type="button" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {hints > 0 && (
        <ol className={styles.hints} aria-label="Hints">
          {hintNodes.slice(0, hints).map((hint, index) => (
            <li key={index}>{hint}</li>
          ))}
        </ol>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {outcome && (
        <div className={styles.results} aria-live="polite">
          <p className={outcome.result.passed ? styles.passed : styles.failed} data-testid="grade-summary">
            {outcome.result.passed ? "All checks pass" : `${checks.filter(countsAsPassed).length} of ${checks.length} checks pass`}
            {outcome.mode === "preview"
              ? " (a preview in your browser, which your own code can fool: only the server's grade counts. Submit to be graded, hidden cases included)"
              : " (graded on the server and saved)"}
          </p>
          <GradeOutput result={outcome.result} />
          <CheckResults checks={checks} />
        </div>
      )}
      <Attempts attempts={attempts} onLoad={(attempt) => replaceWith(attempt.code, "Loaded the code of that attempt")} />
    </section>
  );
}
