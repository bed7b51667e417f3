import { evaluate } from "@mdx-js/mdx";
import type { ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { publicExercise } from "@/engine/grading/exercise";
import { findExercise } from "@/app/_server/exercises";
import { learnerWorkOn } from "@/app/_server/learner-work/page-data";
import { ExerciseBlock } from "./ExerciseBlock";

/**
 * `<Exercise id="..." />` in a lesson: the prompt (MDX, rendered on the server) and the graded
 * editor. Only the public part of the exercise reaches the page: no solution, no hidden cases.
 */
export async function Exercise({ id, standalone = false }: { id: string; /** On its own page: the title is the page's h1. */ standalone?: boolean }) {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`<Exercise id="${id}">: there is no content/exercises/${id}`);
  // The learner's own draft and attempts are read from their cookie, which makes a page with an
  // exercise dynamic: rendered per request, so that the editor opens on their code.
  const [work, Prompt, ...hints] = await Promise.all([learnerWorkOn(id), ...[exercise.prompt, ...exercise.hints].map(renderMdx)]);
  return (
    <div className="exercise-block">
      {standalone ? <h1>Exercise: {exercise.title}</h1> : <h2>Exercise: {exercise.title}</h2>}
      {Prompt}
      <ExerciseBlock exercise={publicExercise(exercise)} hints={hints} savedCode={work.draft} attempts={work.attempts} />
    </div>
  );
}

async function renderMdx(source: string): Promise<ReactNode> {
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url });
  return <Content />;
}
