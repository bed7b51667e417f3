import type { GradeResult } from "@/engine/grading/grade";
import styles from "./GradeOutput.module.css";

/**
 * The score of a grade and, beside the verdicts, what the program itself printed: its output and,
 * when it stopped, why and its traceback, as Python printed them. A program that did not run to
 * its end scores 0: that is said here once, and its checks read "Not checked".
 */
export function GradeOutput({ result }: { result: GradeResult }) {
  const { stdout, stderr } = result.run;
  // Grades stored before scores were weighted have no `stopped`.
  const stopped = result.stopped ?? null;
  const percent = Math.round(result.score * 100);
  return (
    <div className={styles.grade} data-testid="grade-output">
      <p className={styles.score} data-testid="grade-score">
        Score: {percent}%
      </p>
      {stopped && (
        <p className={styles.stopped} data-testid="grade-stopped">
          {stopped} A program scores 0 until it runs to its last line.
        </p>
      )}
      <div className={styles.streams}>
        {stdout !== "" && (
          <section className={styles.stream} aria-label="What your program printed">
            <p className={styles.label}>What your program printed</p>
            <pre tabIndex={0} data-testid="grade-stdout">
              {stdout}
            </pre>
          </section>
        )}
        {stderr !== "" && (
          <section className={`${styles.stream} ${styles.stderr}`} aria-label={stopped ? "Traceback" : "Error output"}>
            <p className={styles.label}>{stopped ? "Traceback" : "Error output (stderr)"}</p>
            <pre tabIndex={0} data-testid="grade-stderr">
              {stderr}
            </pre>
          </section>
        )}
        {stdout === "" && stderr === "" && <p className={styles.nothing}>Your program printed nothing.</p>}
      </div>
    </div>
  );
}
