import path from "node:path";
import { expect, it } from "vitest";
import { grade } from "@/engine/grading/grade";
import { enginePoolForThisFile } from "../support/engine-pool";
import { readPythonCorpus } from "../support/python-corpus";
import { EXERCISES } from "./exercises";

/**
 * Attempts to fool the grader (cheats/*.py): each names its exercise and the checks it tries to
 * pass without doing what they check. None may pass them, nor the exercise.
 */
const pool = enginePoolForThisFile({ size: 1 });
const run = pool.run.bind(pool);
const cheats = readPythonCorpus(path.join(import.meta.dirname, "cheats")).map(({ file, code, header }) => ({
  file,
  code,
  exercise: header("exercise"),
  targets: header("targets").split(",").map((id) => id.trim()),
  cheat: header("cheat"),
}));

it("keeps a corpus of at least 15 cheating attempts, each aimed at real checks", () => {
  expect(cheats.length).toBeGreaterThanOrEqual(15);
  for (const cheat of cheats) {
    const exercise = EXERCISES.find((candidate) => candidate.id === cheat.exercise);
    expect(exercise, cheat.file).toBeDefined();
    expect(cheat.targets.every((id) => exercise?.checks.some((check) => check.id === id)), cheat.file).toBe(true);
    expect(cheat.cheat, cheat.file).not.toBe("");
  }
});

it.each(cheats.map((cheat) => [cheat.file, cheat] as const))("%s passes nothing it aims at", async (_file, cheat) => {
  const exercise = EXERCISES.find((candidate) => candidate.id === cheat.exercise);
  if (!exercise) throw new Error(`unknown exercise ${cheat.exercise}`);
  const result = await grade(exercise, cheat.code, { run, mode: "authoritative" });
  const passedTargets = result.checks.filter((check) => cheat.targets.includes(check.id) && check.passed);
  expect(passedTargets, `${cheat.cheat}: ${JSON.stringify(result.checks)}`).toEqual([]);
  expect(result.passed).toBe(false);
}, 60_000);
