import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grade } from "@/engine/grading/grade";
import { enginePoolForThisFile } from "../support/engine-pool";
import { runNativePython } from "../support/native-python";
import { EXERCISES } from "./exercises";

/**
 * Scores that mean something, on the real engine: a program that does not try scores 0 on every
 * exercise, whatever checks it passes by doing nothing; a program that does not run to the end of
 * its module scores 0 with its own output and traceback; every reference solution scores 1.
 */
const pool = enginePoolForThisFile({ size: 1 });
const run = pool.run.bind(pool);

const NON_ATTEMPTS: Record<string, (starter: string) => string> = {
  "an empty program": () => "",
  pass: () => "pass\n",
  "print(True)": () => "print(True)\n",
  "print(1)": () => "print(1)\n",
  "the starter unchanged": (starter) => starter,
  "import gc; gc.collect()": () => "import gc\ngc.collect()\n",
  "raise SystemExit": () => "raise SystemExit\n",
  "the starter, then sys.exit(0)": (starter) => `import sys\nsys.exit(0)\n${starter}`,
  "a SyntaxError": () => "def f(:\n    pass\n",
  "the starter with a SyntaxError": (starter) => `${starter}\nprint(True\n`,
  "print(True), then an uncaught exception": () => "print(True)\n1 / 0\n",
};

it("scores 0 for every non-attempt on every exercise", async () => {
  const scored: string[] = [];
  for (const exercise of EXERCISES) {
    for (const [name, program] of Object.entries(NON_ATTEMPTS)) {
      const result = await grade(exercise, program(exercise.starter), { run, mode: "authoritative" });
      if (result.score !== 0 || result.passed) {
        scored.push(`${exercise.id} / ${name}: ${result.score} (${result.checks.filter((check) => check.state === "passed").map((check) => check.id).join(", ")})`);
      }
    }
  }
  expect(scored).toEqual([]);
}, 300_000);

it("scores 1 for every reference solution", async () => {
  for (const exercise of EXERCISES) {
    const result = await grade(exercise, exercise.solution, { run, mode: "authoritative" });
    expect(result.score, `${exercise.id}: ${JSON.stringify(result.checks.filter((check) => check.state !== "passed"))}`).toBe(1);
    expect(result.stopped).toBeNull();
  }
}, 120_000);

/** The program as native python3 (3.11) runs it, from a file named as the grader names it (main.py). */
function native(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-grade-"));
  try {
    fs.writeFileSync(path.join(dir, "main.py"), source);
    const truth = runNativePython("main.py", dir);
    // python3 names the file by its absolute path; the engine by the name it was given.
    return { ...truth, stderr: truth.stderr.replaceAll(`${dir}${path.sep}`, "") };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([
  ["raises half way", (starter: string) => `print("started")\n${starter}\nraise ValueError("not yet")\n`],
  ["has a SyntaxError", (starter: string) => `${starter}\nprint(True\n`],
  ["exits with status 3", (starter: string) => `import sys\nprint("leaving")\nsys.exit(3)\n${starter}`],
])("a program that %s", (_name, program) => {
  // One exercise whose checks ask the program questions after it ran, one whose checks read the trace only.
  it.each(["collect-the-cycle", "count-the-references"])("scores 0 on %s, checks nothing, and shows its own output and traceback as python3 prints them", async (id) => {
    const exercise = EXERCISES.find((candidate) => candidate.id === id);
    if (!exercise) throw new Error(`no exercise ${id}`);
    const source = program(exercise.starter);
    const result = await grade(exercise, source, { run, mode: "authoritative", python: "3.11" });
    const truth = native(source);
    expect(result.score).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.stopped).toMatch(/\w/);
    expect(result.checks.map((check) => check.state)).toEqual(exercise.checks.map(() => "not-reached"));
    expect(result.run.stdout).toBe(truth.stdout);
    expect(result.run.stderr).toBe(truth.stderr);
  }, 60_000);
});
