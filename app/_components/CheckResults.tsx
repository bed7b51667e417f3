import type { ReactNode } from "react";
import type { CheckResult, CheckState } from "@/engine/grading/check-result";
import states from "./CheckResults.module.css";
import styles from "./ExerciseBlock.module.css";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The mark, its spoken label and the tag of each state; a passed check that earns nothing says so. */
const SHOWN: Record<CheckState, { mark: string; label: string; tag: string | null }> = {
  passed: { mark: "✓", label: "passed", tag: null },
  failed: { mark: "✗", label: "failed", tag: null },
  "not-counted": { mark: "✓", label: "passed, not counted", tag: "passed, not counted yet" },
  "not-reached": { mark: "–", label: "not checked", tag: "not checked" },
};

/** Each check: passed or not (and whether it counts), what was found, and the evidence that explains a failure. */
export function CheckResults({ checks }: { checks: CheckResult[] }) {
  return (
    <ul className={styles.checks} aria-label="Checks">
      {checks.map(({ id, passed, state: stored, weight, title, summary, evidence }) => {
        // Grades stored before checks had states have only `passed`.
        const state = stored ?? (passed ? "passed" : "failed");
        const shown = SHOWN[state];
        const rowClass = state === "passed" ? styles.checkPassed : state === "failed" ? styles.checkFailed : states.muted;
        // A passed check of weight 0 (it only says the program ran) earns nothing, by design.
        const tag = shown.tag ?? (state === "passed" && weight === 0 ? "no credit: it only says the program ran" : null);
        return (
          <li key={id} className={rowClass} data-check={id} data-passed={passed} data-state={state}>
            <span className={styles.mark} aria-label={shown.label}>
              {shown.mark}
            </span>
            <div>
              <strong>{title}</strong>
              {tag && <span className={states.state}>{tag}</span>}
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
                  {evidence.holders && evidence.holders.length > 0 && <Row term="Referenced by">{evidence.holders.join("; ")}</Row>}
                  {evidence.reachedBy && (
                    <Row term="Still reachable as">
                      <code>{evidence.reachedBy}</code>
                    </Row>
                  )}
                  {evidence.chain && evidence.chain.length > 0 && <Row term="Still held by">{evidence.chain.join(" → ")}</Row>}
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
        );
      })}
    </ul>
  );
}
