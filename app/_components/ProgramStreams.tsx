import styles from "./ProgramStreams.module.css";

type Props = {
  stdout: string;
  stderr: string;
  /** The program stopped before its end: its stderr is the traceback that says why. */
  stopped: boolean;
  /** Whose program: "your" on the learner's grade, "the" in a teacher's view of an attempt. */
  whose: "your" | "the";
};

/** What a graded program printed, as a terminal shows it: stdout, then stderr (the traceback when it stopped). */
export function ProgramStreams({ stdout, stderr, stopped, whose }: Props) {
  const printed = `What ${whose} program printed`;
  return (
    <div className={styles.streams}>
      {stdout !== "" && (
        <section className={styles.stream} aria-label={printed}>
          <p className={styles.label}>{printed}</p>
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
      {stdout === "" && stderr === "" && <p className={styles.nothing}>{whose === "your" ? "Your" : "The"} program printed nothing.</p>}
    </div>
  );
}
