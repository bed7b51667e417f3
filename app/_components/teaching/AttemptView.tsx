import { useId } from "react";
import type { TeacherAttempt } from "@/app/_shared/teaching/class-progress";
import { CheckResults } from "../CheckResults";
import { ProgramStreams } from "../ProgramStreams";
import { When } from "../When";
import { attemptOutcome, OUTCOME_WORDS, scoreText } from "./attempt-status";
import styles from "./AttemptView.module.css";

/** The submitted code as a read-only listing, numbered as the checks' evidence numbers lines ("Line 12"). */
function CodeListing({ code, label }: { code: string; label: string }) {
  const lines = code.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return (
    // Focusable so that a keyboard can scroll a long line or a long program.
    <pre className={styles.code} tabIndex={0} aria-label={label} data-testid="attempt-code">
      <code>
        {lines.map((line, index) => (
          <span key={index} className={styles.line}>
            <span className={styles.number}>{index + 1}</span>
            {line}
            {"\n"}
          </span>
        ))}
      </code>
    </pre>
  );
}

/**
 * One attempt as its grade saw it: the code, the Python it ran on, each check's verdict with its
 * evidence, why the program stopped if it did, and what it printed. A grading failure is said to be
 * the grader's, so that a teacher does not read it as the learner's mistake.
 */
export function AttemptView({ attempt, number }: { attempt: TeacherAttempt; number: number }) {
  const headingId = useId();
  const outcome = attemptOutcome(attempt);
  const { result } = attempt;
  const stopped = result?.stopped ?? null;
  return (
    <section className={styles.attempt} aria-labelledby={headingId} data-testid="attempt-view" data-attempt-id={attempt.id}>
      <h3 id={headingId} className={styles.heading}>
        Attempt {number}, <When iso={attempt.createdAt} />
      </h3>
      <p className={styles.facts}>
        <span>Python {attempt.pythonVersion}</span>
        <span>Score {scoreText(attempt)}</span>
        <span className={styles[outcome]}>{OUTCOME_WORDS[outcome]}</span>
      </p>
      {outcome === "error" && (
        <p className={styles.gradingFailed} role="note">
          <strong>Grading failed; this is not the learner&apos;s fault.</strong> The grader could not finish{attempt.error ? `: ${attempt.error}` : "."}
        </p>
      )}
      {outcome === "pending" && <p className={styles.note}>This attempt has not been graded yet.</p>}
      {stopped && (
        <p className={styles.stopped} data-testid="attempt-stopped">
          <strong>The program stopped before its end:</strong> {stopped} It scores 0 until it runs to its last line.
        </p>
      )}

      <h4 className={styles.subheading}>Code</h4>
      <CodeListing code={attempt.code} label={`Code of the attempt, Python ${attempt.pythonVersion}`} />

      {result && (
        <>
          <h4 className={styles.subheading}>Checks</h4>
          {result.checks.length > 0 ? <CheckResults checks={result.checks} /> : <p className={styles.note}>This grade has no checks.</p>}
          {/* Open when the program stopped: the traceback says why. */}
          <details className={styles.output} open={stopped !== null}>
            <summary>What the program printed</summary>
            <p className={styles.note}>
              Run ended: {result.run.status}, in {Math.round(result.run.durationMs)} ms. Long output shows its start and end.
            </p>
            <ProgramStreams stdout={result.run.stdout} stderr={result.run.stderr} stopped={stopped !== null} whose="the" />
          </details>
        </>
      )}
    </section>
  );
}
