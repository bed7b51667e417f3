import type { Metadata } from "next";
import Link from "next/link";
import { When } from "@/app/_components/When";
import type { MatrixCell } from "@/app/_shared/teaching/class-progress";
import { requireAccount } from "@/app/_server/auth/access";
import { db } from "@/app/_server/db";
import { pageData } from "@/app/_server/http/page-access";
import { progressOf } from "@/app/_server/learner-work/progress";
import styles from "./progress.module.css";

export const metadata: Metadata = { title: "My progress" };

function cellText(cell: MatrixCell): string {
  if (cell.state === "passed") return "✓ passed";
  if (cell.state === "none") return "not started";
  if (cell.bestScore === null) return `${cell.attempts} ${cell.attempts === 1 ? "attempt" : "attempts"}, not graded`;
  return `best ${Math.round(cell.bestScore * 100)}% · ${cell.attempts} ${cell.attempts === 1 ? "attempt" : "attempts"}`;
}

/** The learner's own progress: lessons done, exercises passed, their latest attempts. */
export default async function ProgressPage() {
  const { account, progress } = await pageData("/progress", async () => {
    const account = await requireAccount();
    return { account, progress: await progressOf(db(), account.userId) };
  });
  return (
    <main id="main" className="page">
      <h1>My progress</h1>
      <p className={styles.muted}>Signed in as {account.name}.</p>
      <ul className={styles.summary} aria-label="Totals">
        <li>
          <span className={styles.figure}>
            {progress.lessonsDone} / {progress.lessons.length}
          </span>
          lessons done
        </li>
        <li>
          <span className={styles.figure}>
            {progress.exercisesPassed} / {progress.exercisesTotal}
          </span>
          exercises passed
        </li>
      </ul>
      <h2>Lessons</h2>
      <ol className={styles.lessons} aria-label="Lessons">
        {progress.lessons.map((lesson) => (
          <li key={lesson.slug} className={styles.lesson}>
            <div className={styles.lessonHead}>
              <h3>
                <Link href={`/lessons/${lesson.slug}`}>
                  {lesson.order}. {lesson.title}
                </Link>
              </h3>
              {lesson.completedAt ? <span className={styles.done}>✓ done {lesson.completedAt.slice(0, 10)}</span> : <span className={styles.muted}>not marked done</span>}
            </div>
            <ul className={styles.exercises} aria-label={`Exercises of lesson ${lesson.order}`}>
              {lesson.exercises.map((exercise) => (
                <li key={exercise.id}>
                  <Link href={`/exercises/${exercise.id}`}>{exercise.title}</Link>
                  <span className={exercise.cell.state === "passed" ? styles.done : styles.muted}>{cellText(exercise.cell)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h2>Latest attempts</h2>
      {progress.recent.length === 0 ? (
        <p className={styles.muted}>No submissions yet: open an exercise and press Submit.</p>
      ) : (
        <div className={styles.scroll} role="region" aria-label="Latest attempts" tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Exercise</th>
                <th scope="col">Python</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {progress.recent.map((attempt) => (
                <tr key={attempt.id}>
                  <td><When iso={attempt.createdAt} /></td>
                  <td>
                    <Link href={`/exercises/${attempt.exerciseId}`}>{attempt.exerciseTitle}</Link>
                  </td>
                  <td>{attempt.pythonVersion}</td>
                  <td>
                    {attempt.status !== "graded"
                      ? attempt.status
                      : `${Math.round((attempt.score ?? 0) * 100)}% (${attempt.passed} of ${attempt.passed + attempt.failed} checks)`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
