import type { RunResult } from "@/engine/protocol";
import type { VersionDiff } from "@/engine/trace/version-diff";
import { diffValueText, sideBySide, type OutputLine } from "./version-diff-view";
import styles from "./VersionDiffView.module.css";

/** What the rows name, said for a learner: "x: refcount" stays as it is, the run-wide ones get a word. */
const RUN_WIDE: Record<string, string> = {
  stdout: "output (stdout)",
  stderr: "error output (stderr)",
  "exit code": "exit code",
  steps: "steps recorded",
  "garbage collections": "garbage collections",
};

function Output({ lines, python, label }: { lines: readonly OutputLine[]; python: string; label: string }) {
  return (
    <figure className={styles.output}>
      <figcaption>
        Python {python}: {label}
      </figcaption>
      <pre tabIndex={0} aria-label={`What the program printed on Python ${python}`}>
        {lines.length === 0 || (lines.length === 1 && lines[0]?.text === "") ? (
          <span className={styles.nothing}>(nothing)</span>
        ) : (
          lines.map((line, index) => (
            <span key={index} className={line.changed ? styles.changedLine : undefined}>
              {line.changed && <span className="visually-hidden">(differs) </span>}
              {line.text}
              {"\n"}
            </span>
          ))
        )}
      </pre>
    </figure>
  );
}

/**
 * One program on two Python versions: every observable that differs (engine/trace/version-diff.ts),
 * a row each with both values, and what each version printed side by side with the lines that differ marked.
 */
export function VersionDiffView({ diff, results }: { diff: VersionDiff; results: readonly [RunResult, RunResult] }) {
  const [a, b] = diff.versions;
  const [left, right] = sideBySide(results[0].stdout + results[0].stderr, results[1].stdout + results[1].stderr);
  return (
    <div className={styles.view}>
      {diff.differences.length === 0 ? (
        <p className={styles.same}>
          No difference: the output, the collections and every global&apos;s refcount, sizes and generation at the end are the same on Python {a} and {b}.
        </p>
      ) : (
        <div className={styles.scroller} tabIndex={0} role="group" aria-label={`Differences between Python ${a} and ${b}`}>
          <table className={styles.table}>
            <caption>
              {diff.differences.length} {diff.differences.length === 1 ? "difference" : "differences"} between Python {a} and {b}; everything else the run observed is the same
            </caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Python {a}</th>
                <th scope="col">Python {b}</th>
              </tr>
            </thead>
            <tbody>
              {diff.differences.map((difference) => (
                <tr key={difference.what}>
                  <th scope="row">
                    <code>{RUN_WIDE[difference.what] ?? difference.what}</code>
                  </th>
                  {difference.values.map((value, index) => (
                    <td key={index} className={styles.value}>
                      <span className={styles.changed}>{diffValueText(value)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={styles.outputs}>
        <Output lines={left} python={a} label={results[0].exitCode === 0 ? "output" : `output (exit code ${results[0].exitCode})`} />
        <Output lines={right} python={b} label={results[1].exitCode === 0 ? "output" : `output (exit code ${results[1].exitCode})`} />
      </div>
    </div>
  );
}
