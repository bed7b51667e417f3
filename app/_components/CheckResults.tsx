import type { ReactNode } from "react";
import type { CheckResult } from "@/engine/grading/check-result";
import styles from "./ExerciseBlock.module.css";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Each check: passed or not, what was found, and the evidence that explains a failure. */
export function CheckResults({ checks }: { checks: CheckResult[] }) {
  return (
    <ul className={styles.checks} aria-label="Checks">
      {checks.map(({ id, passed, title, summary, evidence }) => (
        <li key={id} className={passed ? styles.checkPassed : styles.checkFailed} data-check={id} data-passed={passed}>
          <span className={styles.mark} aria-label={passed ? "passed" : "failed"}>
            {passed ? "✓" : "✗"}
          </span>
          <div>
            <strong>{title}</strong>
            <p>{summary}</p>
            {evidence && (
              <dl className={styles.evidence}>
                {evidence.expected !== undefined && (
                  <Row term="Expected">
                    <pre>{evidence.expected}</pre>
                  </Row>
                )}
                {evidence.actual !== undefined && (
                  <Row term="Actual">
                    <pre>{evidence.actual}</pre>
                  </Row>
                )}
                {evidence.holders && evidence.holders.length > 0 && <Row term="Still held by">{evidence.holders.join(" → ")}</Row>}
                {evidence.line && (
                  <Row term={`Line ${evidence.line.number}`}>
                    <code>{evidence.line.text}</code>
                  </Row>
                )}
                {evidence.note && <Row term="Note">{evidence.note}</Row>}
              </dl>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
