import type { PythonVersion } from "../protocol";
import type { Check, ChecksFile } from "./check-schema";

/** A known-wrong attempt and the checks it must fail (its first line: `# fails: check-id, ...`). */
export type WrongAttempt = { name: string; code: string; fails: string[] };

/** An exercise as the server holds it: everything in its folder. */
export type Exercise = {
  id: string;
  title: string;
  lesson: string | null;
  python: PythonVersion;
  limits: ChecksFile["limits"];
  prompt: string;
  starter: string;
  hints: string[];
  solution: string;
  wrongAttempts: WrongAttempt[];
  checks: Check[];
  /** sha256 of every file of the folder: a submission records which version it was graded against. */
  contentHash: string;
};

/**
 * What the browser may see: no solution, no wrong attempts, and hidden call cases left out, so a
 * preview grade runs every check but those.
 */
export type PublicExercise = Omit<Exercise, "solution" | "wrongAttempts" | "checks"> & { checks: Check[] };

export function publicExercise(exercise: Exercise): PublicExercise {
  return {
    id: exercise.id,
    title: exercise.title,
    lesson: exercise.lesson,
    python: exercise.python,
    limits: exercise.limits,
    prompt: exercise.prompt,
    starter: exercise.starter,
    hints: exercise.hints,
    contentHash: exercise.contentHash,
    checks: exercise.checks.filter((check) => !(check.kind === "call" && check.hidden)),
  };
}
