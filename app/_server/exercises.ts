import "server-only";
import path from "node:path";
import type { Exercise } from "@/engine/grading/exercise";
import { loadExercises } from "@/engine/grading/load-exercises";

let loaded: Exercise[] | null = null;

/** The exercises of content/exercises, validated (a malformed folder fails loudly, naming the field). */
export function listExercises(): Exercise[] {
  loaded ??= loadExercises(path.join(process.cwd(), "content", "exercises"));
  return loaded;
}

export function findExercise(id: string): Exercise | undefined {
  return listExercises().find((exercise) => exercise.id === id);
}
