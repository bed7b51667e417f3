"use client";

import type { Attempt } from "@/app/_server/learner-work/attempts";
import { When } from "../When";
import styles from "./Attempts.module.css";

function verdict(attempt: Attempt): string {
  if (attempt.status === "error") return "not graded: the grader failed, not your code";
  if (attempt.status !== "graded") return "being graded";
  const total = attempt.passed + attempt.failed;
  const percent = attempt.score === null ? "" : `${Math.round(attempt.score * 100)}% · `;
  return `${percent}${attempt.passed} of ${total} checks pass`;
}

/**
 * The learner's submissions to an exercise, newest first: when, on which Python, the score and the
 * checks that passed. Each is a button that loads that attempt's code into the editor.
 */
export function Attempts({ attempts, onLoad }: { attempts: Attempt[]; onLoad: (attempt: Attempt) => void }) {
  if (attempts.length === 0) return null;
  return (
    <details className={styles.attempts} data-testid="attempts">
      <summary>
        Your attempts <span className={styles.count}>({attempts.length})</span>
      </summary>
      <ol className={styles.list} aria-label="Your attempts, newest first">
        {attempts.map((attempt) => {
          const passedAll = attempt.status === "graded" && attempt.failed === 0 && attempt.passed > 0;
          return (
            <li key={attempt.id}>
              <button
                type="button"
                className={styles.attempt}
                onClick={() => onLoad(attempt)}
                data-testid="attempt"
                title="Load this attempt's code into the editor"
              >
                <When iso={attempt.createdAt} />
                <span className={styles.python}>Python {attempt.pythonVersion}</span>
                <span className={passedAll ? styles.passed : styles.failed}>{verdict(attempt)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
