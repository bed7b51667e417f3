"use client";

import { useId, useState } from "react";
import type { TeacherAttempt } from "@/app/_shared/teaching/class-progress";
import { useTimeText, When } from "../When";
import { AttemptDiff } from "./AttemptDiff";
import { attemptOutcome, OUTCOME_WORDS, scoreText } from "./attempt-status";
import { AttemptView } from "./AttemptView";
import styles from "./AttemptHistory.module.css";

/**
 * One student's attempts at one exercise, for their teacher: the attempts newest first (a radio
 * group, so arrow keys move through them), the chosen one in full (AttemptView), and the line diff
 * between it and another attempt the teacher picks. Attempts are numbered from the first, 1, as the
 * student made them; the newest is chosen first, and the newest that passed is one click away.
 */
export function AttemptHistory({ attempts }: { attempts: TeacherAttempt[] }) {
  const name = useId();
  const timeText = useTimeText();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [compareId, setCompareId] = useState("");
  if (attempts.length === 0) return <p className={styles.empty}>No attempts yet.</p>;

  // Attempts are newest first: the one at index i is the (length - i)th the student made.
  const numberOf = (index: number) => attempts.length - index;
  const chosenIndex = Math.max(0, attempts.findIndex((attempt) => attempt.id === chosenId));
  const chosen = attempts[chosenIndex] ?? attempts[0];
  const newestPassing = attempts.findIndex((attempt) => attemptOutcome(attempt) === "passed");
  const compareIndex = attempts.findIndex((attempt) => attempt.id === compareId && attempt.id !== chosen?.id);
  const choose = (id: string) => {
    setChosenId(id);
    if (id === compareId) setCompareId("");
  };
  if (!chosen) return null;

  const label = (attempt: TeacherAttempt, index: number) =>
    `Attempt ${numberOf(index)}, ${timeText(attempt.createdAt)}, Python ${attempt.pythonVersion}, ${scoreText(attempt)} ${OUTCOME_WORDS[attemptOutcome(attempt)]}`;
  const [olderIndex, newerIndex] = compareIndex > chosenIndex ? [compareIndex, chosenIndex] : [chosenIndex, compareIndex];
  const older = attempts[olderIndex];
  const newer = attempts[newerIndex];

  return (
    <div className={styles.history} data-testid="attempt-history">
      <fieldset className={styles.list}>
        <legend className={styles.legend}>
          {attempts.length === 1 ? "1 attempt" : `${attempts.length} attempts, newest first`}
        </legend>
        <p className={styles.passing}>
          {newestPassing === -1 ? (
            "No attempt has passed yet."
          ) : newestPassing === chosenIndex ? (
            <>Newest passing attempt: attempt {numberOf(newestPassing)}, shown below.</>
          ) : (
            <>
              Newest passing attempt:{" "}
              <button type="button" className={styles.link} onClick={() => choose(attempts[newestPassing]?.id ?? "")} data-testid="show-newest-passing">
                show attempt {numberOf(newestPassing)}
              </button>
            </>
          )}
        </p>
        <div className={styles.options}>
          {attempts.map((attempt, index) => {
            const outcome = attemptOutcome(attempt);
            return (
              <label key={attempt.id} className={styles.option} data-testid="attempt-option">
                <input type="radio" name={name} value={attempt.id} checked={index === chosenIndex} onChange={() => choose(attempt.id)} />
                <span className={styles.number}>{numberOf(index)}</span>
                <When iso={attempt.createdAt} />
                <span className={styles.python}>Python {attempt.pythonVersion}</span>
                <span className={styles.score}>{scoreText(attempt)}</span>
                <span className={styles.end}>
                  <span className={styles[outcome]}>
                    {outcome === "passed" ? "✓ " : outcome === "error" ? "⚠ " : ""}
                    {OUTCOME_WORDS[outcome]}
                  </span>
                  {index === 0 && <span className={styles.tag}>newest</span>}
                  {index === newestPassing && <span className={`${styles.tag} ${styles.passingTag}`}>newest passing</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      {/* Keyed, so that another attempt opens with its own <details> state, not the last one's. */}
      <AttemptView key={chosen.id} attempt={chosen} number={numberOf(chosenIndex)} />

      {attempts.length > 1 && (
        <section className={styles.compare} aria-label="Compare attempts">
          <label className={styles.compareLabel}>
            Compare attempt {numberOf(chosenIndex)} with{" "}
            <select value={compareIndex === -1 ? "" : compareId} onChange={(event) => setCompareId(event.target.value)} data-testid="compare-with">
              <option value="">(choose an attempt)</option>
              {attempts.map((attempt, index) =>
                index === chosenIndex ? null : (
                  <option key={attempt.id} value={attempt.id}>
                    {label(attempt, index)}
                  </option>
                ),
              )}
            </select>
          </label>
          {compareIndex !== -1 && older && newer && <AttemptDiff older={older} newer={newer} olderNumber={numberOf(olderIndex)} newerNumber={numberOf(newerIndex)} />}
        </section>
      )}
    </div>
  );
}
