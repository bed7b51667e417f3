import type { Metadata } from "next";
import Link from "next/link";
import { When } from "@/app/_components/When";
import { QuestionText } from "@/app/_components/predict/QuestionText";
import { ClassSettings } from "@/app/_components/teaching/ClassSettings";
import styles from "@/app/_components/teaching/forms.module.css";
import { JoinLink } from "@/app/_components/teaching/JoinLink";
import { LeaveClassButton } from "@/app/_components/teaching/LeaveClassButton";
import { PredictionsChart } from "@/app/_components/teaching/PredictionsChart";
import { ProgressMatrix } from "@/app/_components/teaching/ProgressMatrix";
import { Roster } from "@/app/_components/teaching/Roster";
import { requireAccount, requireEnrollment, requireOwnedClass } from "@/app/_server/auth/access";
import { assignmentOf } from "@/app/_server/classes/classes";
import { classPredictionsOf, classProgress, courseExercises } from "@/app/_server/classes/dashboard";
import { db } from "@/app/_server/db";
import { pageData } from "@/app/_server/http/page-access";
import { listLessons } from "@/app/_server/lessons";

export const metadata: Metadata = { title: "Class" };

/** The class's teacher sees the dashboard; an enrolled learner sees what the class asks of them. */
export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = await pageData(`/classes/${id}`, async () => {
    const database = db();
    const account = await requireAccount();
    if (account.role === "teacher") {
      const { owned } = await requireOwnedClass(database, id);
      const matrix = await classProgress(database, owned);
      const predictions = await classPredictionsOf(database, matrix.students.map((student) => student.id));
      return { kind: "teacher" as const, owned, matrix, predictions };
    }
    const { learner, enrollment } = await requireEnrollment(database, id);
    const matrix = await classProgress(database, enrollment.class);
    const mine = matrix.students.findIndex((student) => student.id === learner.userId);
    return { kind: "learner" as const, klass: enrollment.class, exercises: matrix.exercises, cells: matrix.cells[mine] ?? [] };
  });

  if (view.kind === "learner") {
    const { klass, exercises, cells } = view;
    return (
      <main id="main" className="page">
        <h1>{klass.name}</h1>
        {klass.dueAt && <p>Due <When iso={klass.dueAt.toISOString()} />.</p>}
        <h2>Exercises that count</h2>
        <ul className={styles.list} aria-label="Exercises that count">
          {exercises.map((exercise, index) => {
            const cell = cells[index];
            return (
              <li key={exercise.id}>
                <Link href={`/exercises/${exercise.id}`}>{exercise.title}</Link>
                <span className={styles.muted}>
                  {cell?.state === "passed" ? "✓ passed" : cell?.bestScore != null ? `best ${Math.round(cell.bestScore * 100)}%` : "not started"}
                  {cell && cell.attempts > 0 ? ` · ${cell.attempts} ${cell.attempts === 1 ? "attempt" : "attempts"}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
        <LeaveClassButton classId={klass.id} name={klass.name} />
      </main>
    );
  }

  const { owned, matrix, predictions } = view;
  const lessons = new Map(listLessons().map((lesson) => [lesson.slug, lesson.title]));
  const predicted = predictions.filter((question) => question.students > 0);
  const unpredicted = predictions.filter((question) => question.students === 0);
  return (
    <main id="main" className="page wide">
      <p>
        <Link href="/classes">Your classes</Link>
      </p>
      <h1>
        {owned.name}
        {owned.archivedAt && <span className={styles.muted}> (archived)</span>}
      </h1>
      <JoinLink code={owned.joinCode} />
      <p>
        <a href={`/api/classes/${owned.id}/export`} download>
          Download progress as CSV
        </a>
        {owned.dueAt && <span className={styles.muted}> · due <When iso={owned.dueAt.toISOString()} /></span>}
      </p>
      <ClassSettings
        classId={owned.id}
        name={owned.name}
        archived={owned.archivedAt !== null}
        assignment={assignmentOf(owned)}
        dueAt={owned.dueAt?.toISOString() ?? null}
        exercises={courseExercises().map((exercise) => ({ id: exercise.id, title: exercise.title, lesson: lessons.get(exercise.lessonSlug ?? "") ?? "Other" }))}
      />
      <h2>Progress</h2>
      {matrix.students.length === 0 ? (
        <p className={styles.muted}>Nobody has joined yet. Give your students the join code or link above.</p>
      ) : (
        <ProgressMatrix matrix={matrix} classId={owned.id} />
      )}
      <Roster classId={owned.id} students={matrix.students} />
      <h2>Predictions</h2>
      <p>What the class predicted before running each predict-then-run example, against what CPython printed.</p>
      {predicted.length === 0 ? (
        <p className={styles.muted}>Nobody in the class has made a prediction yet.</p>
      ) : (
        <PredictionsChart predictions={predicted} />
      )}
      {unpredicted.length > 0 && (
        <details className={styles.section}>
          <summary>
            {unpredicted.length} {unpredicted.length === 1 ? "question" : "questions"} nobody in the class has predicted yet
          </summary>
          <ul>
            {unpredicted.map((question) => (
              <li key={question.predictId}>
                <Link href={`/lessons/${question.lessonSlug}`}>{question.lessonTitle}</Link>: <QuestionText question={question.question} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </main>
  );
}
