import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import { publicExercise } from "@/engine/grading/exercise";
import { findExercise } from "@/app/_server/exercises";
import { ExerciseBlock } from "./ExerciseBlock";

/**
 * `<Exercise id="..." />` in a lesson: the prompt (MDX, rendered on the server) and the graded
 * editor. Only the public part of the exercise reaches the page: no solution, no hidden cases.
 */
export async function Exercise({ id }: { id: string }) {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`<Exercise id="${id}">: there is no content/exercises/${id}`);
  const { default: Prompt } = await evaluate(exercise.prompt, { ...runtime, baseUrl: import.meta.url });
  return (
    <div className="exercise-block">
      <h3>Exercise: {exercise.title}</h3>
      <Prompt />
      <ExerciseBlock exercise={publicExercise(exercise)} />
    </div>
  );
}
