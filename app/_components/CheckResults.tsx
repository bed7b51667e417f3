import type { CheckResult } from "@/engine/grading/check-result";
import styles from "./ExerciseBlock.module.css";

/** Each check: passed or not, what was found, and the evidence that explains a failure. */
export function CheckResults({ checks }: { checks: CheckResult[] }) {
  return (
    <ul className={styles.checks} aria-label="Checks">
      {checks.map((check) => (
        <li key={check.id} className={check.passed ? styles.checkPassed : styles.checkFailed} data-check={check.id} data-passed={check.passed}>
          <span className={styles.mark} aria-label={check.passed ? "passed" : "failed"}>
            {check.passed ? "✓" : "✗"}
          </span>
          <div>
            <strong>{check.title}</strong>
            <p>{check.summary}</p>
            {check.evidence && (
              <dl className={styles.evidence}>
                {check.evidence.expected !== undefined && (
                  <>
                    <dt>Expected</dt>
                    <dd>
                      <pre>{check.evidence.expected}</pre>
                    </dd>
                  </>
                )}
                {check.evidence.actual !== undefined && (
                  <>
                    <dt>Actual</dt>
                    <dd>
                      <pre>{check.evidence.actual}</pre>
                    </dd>
                  </>
                )}
                {check.evidence.holders && check.evidence.holders.length > 0 && (
                  <>
                    <dt>Still held by</dt>
                    <dd>{check.evidence.holders.join(" → ")}</dd>
                  </>
                )}
                {check.evidence.line && (
                  <>
                    <dt>Line {check.evidence.line.number}</dt>
                    <dd>
                      <code>{check.evidence.line.text}</code>
                    </dd>
                  </>
                )}
                {check.evidence.note && (
                  <>
                    <dt>Note</dt>
                    <dd>{check.evidence.note}</dd>
                  </>
                )}
              </dl>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
