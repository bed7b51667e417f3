import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Exercise } from "@/app/_components/Exercise";
import { findExercise, listExercises } from "@/app/_server/exercises";
import { EarlyEngineStart } from "@/app/_components/EarlyEngineStart";

type Params = { id: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listExercises().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const exercise = findExercise((await params).id);
  return exercise ? { title: `Exercise: ${exercise.title}` } : {};
}

/** One exercise on its own page, until it moves into its lesson. */
export default async function ExercisePage({ params }: { params: Promise<Params> }) {
  const { id } = await params;
  const exercise = findExercise(id);
  if (!exercise) notFound();
  return (
    <main id="main" className="page">
      <EarlyEngineStart python={exercise.python} />
      <article className="lesson">
        <Exercise id={id} standalone />
      </article>
      <nav className="lesson-nav" aria-label="Exercise navigation">
        <Link href="/">All lessons and exercises</Link>
      </nav>
    </main>
  );
}
