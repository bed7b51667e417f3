import path from "node:path";
import { loadExercises } from "@/engine/grading/load-exercises";

/** The shipped exercises, loaded as the server loads them. */
export const EXERCISES = loadExercises(path.join(import.meta.dirname, "..", "..", "content", "exercises"));
