import type { PythonVersion } from "../protocol";
import type { ChecksFile } from "./checks-file";
import { type Check, isHidden } from "./checks/registry";

/** A known-wrong attempt and the checks it must fail (its first line: `# fails: check-id, ...`). */
export type WrongAttempt = { name: string; code: string; fails: string[] };

/** An exercise as the server holds it: everything in its folder. */
export type Exercise = {
  id: string;
  title: string;
  lesson: string | null;
  /** The versions it is graded on, which the learner may pick from (in the engine's order). */
  versions: PythonVersion[];
  /** The version offered first. */
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
    versions: exercise.versions,
    python: exercise.python,
    limits: exercise.limits,
    prompt: exercise.prompt,
    starter: exercise.starter,
    hints: exercise.hints,
    contentHash: exercise.contentHash,
    checks: exercise.checks.filter((check) => !isHidden(check)),
  };
}

/** Why `python` cannot grade this exercise, in words for the learner; null when it can. */
export function unsupportedVersion(exercise: Pick<Exercise, "title" | "versions">, python: PythonVersion): string | null {
  if (exercise.versions.includes(python)) return null;
  const supported = exercise.versions.length === 1 ? `only on Python ${exercise.versions[0]}` : `on Python ${exercise.versions.slice(0, -1).join(", ")} and ${exercise.versions.at(-1)}`;
  return `“${exercise.title}” is graded ${supported}, not on Python ${python}.`;
}
