import type { Metadata } from "next";
import Link from "next/link";
import { AttemptHistory } from "@/app/_components/teaching/AttemptHistory";
import { AccessDenied, requireStudentOfOwnedClass } from "@/app/_server/auth/access";
import { studentAttempts } from "@/app/_server/classes/dashboard";
import { db } from "@/app/_server/db";
import { findExercise } from "@/app/_server/exercises";
import { pageData } from "@/app/_server/http/page-access";

export const metadata: Metadata = { title: "Attempts" };

type Params = { id: string; studentId: string; exerciseId: string };

/** One student's attempts at one exercise, for the class's teacher: code, verdicts, evidence, diffs. */
export default async function StudentAttemptsPage({ params }: { params: Promise<Params> }) {
  const { id, studentId, exerciseId } = await params;
  const { owned, student, exercise, attempts } = await pageData(`/classes/${id}/students/${studentId}/exercises/${exerciseId}`, async () => {
    const database = db();
    const { owned, student } = await requireStudentOfOwnedClass(database, id, studentId);
    const exercise = findExercise(exerciseId);
    if (!exercise) throw new AccessDenied(404, `no exercise '${exerciseId}'`);
    return { owned, student, exercise, attempts: await studentAttempts(database, studentId, exerciseId) };
  });
  return (
    <main id="main" className="page wide">
      <p>
        <Link href={`/classes/${owned.id}`}>{owned.name}</Link>
      </p>
      <h1>
        {student.name}: {exercise.title}
      </h1>
      <p>
        {student.email} · <Link href={`/exercises/${exercise.id}`}>the exercise</Link>
      </p>
      {attempts.length === 0 ? <p>No attempts yet.</p> : <AttemptHistory attempts={attempts} />}
    </main>
  );
}
