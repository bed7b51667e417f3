import type { GradeResult } from "@/engine/grading/grade";
import styles from "./GradeOutput.module.css";
import { ProgramStreams } from "./ProgramStreams";

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
      <ProgramStreams stdout={stdout} stderr={stderr} stopped={stopped !== null} whose="your" />
    </div>
  );
}
