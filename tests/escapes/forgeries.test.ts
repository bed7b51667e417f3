/**
 * Forged grades (./forgeries): each program reaches JavaScript in its interpreter thread and tries to
 * make the host store a passing grade for code that does not pass: (a) post a fabricated result,
 * (b) clear the shared memory the thread holds, then post, (c) rewrite the engine's own result and
 * answers on their way out, (d) post fabricated inspection answers for a real exercise.
 *
 * Every one is graded through the real sandboxed pool:
 * - in a stopping sandbox, as production runs, on every Python version: the run ends as a
 *   SecurityError before any of the program's JavaScript runs, and grades 0 with that reason;
 * - in an observing sandbox, which lets the JavaScript run on (on the oldest and the newest release):
 *   the host does receive the forgery (a well-formed result with the run's id, reported as
 *   `untrusted`) and still believes none of it.
 * The same programs go through the submissions API in tests/e2e/forged-grades.spec.ts.
 */
import { describe, expect, it } from "vitest";
import { grade, type GradeResult } from "@/engine/grading/grade";
import type { EnginePool } from "@/engine/node/engine-pool";
import { PYTHON_VERSIONS, type PythonVersion, type RunResult } from "@/engine/protocol";
import { REACHED_JAVASCRIPT } from "@/engine/runtime/bridge-tripwire";
import { enginePoolForThisFile } from "../support/engine-pool";
import { EXERCISES } from "../grading/exercises";
import { readForgeries } from "./forgeries";

const stopping = enginePoolForThisFile();
const observing = enginePoolForThisFile({ onTrip: "observe" });
const forgeries = readForgeries();
/** Letting the JavaScript run shows the host's side, which is the same on every version: the oldest and the newest. */
const OBSERVED_VERSIONS: readonly PythonVersion[] = ["3.11", "3.14"];

async function gradeOn(pool: EnginePool, forgery: (typeof forgeries)[number], python: PythonVersion): Promise<{ graded: GradeResult; result: RunResult }> {
  const exercise = EXERCISES.find((candidate) => candidate.id === forgery.exercise);
  if (!exercise) throw new Error(`${forgery.file}: unknown exercise ${forgery.exercise}`);
  let result: RunResult | null = null;
  const graded = await grade(exercise, forgery.code, {
    mode: "authoritative",
    python,
    run: async (source, options) => (result = await pool.run(source, options)),
  });
  if (!result) throw new Error("the grader did not run the program");
  return { graded, result };
}

/** Graded 0, every check failed for the stated reason, nothing of the forgery in what is stored. */
function expectRefused(graded: GradeResult): void {
  expect(graded.score).toBe(0);
  expect(graded.passed).toBe(false);
  expect(graded.run.status).toBe("security");
  expect(graded.run.stderr.trimEnd().split("\n").at(-1)).toBe(REACHED_JAVASCRIPT);
  expect(graded.run.stdout).not.toMatch(/FORGED|True/);
  for (const check of graded.checks) {
    expect(check.passed, check.id).toBe(false);
    expect(check.summary, check.id).toMatch(/reached outside Python/);
  }
}

it("has the four forgeries of issue 13, each aimed at a real exercise", () => {
  expect(forgeries.map((forgery) => forgery.file.slice(0, 2))).toEqual(["a-", "b-", "c-", "d-"]);
  for (const forgery of forgeries) expect(EXERCISES.some((exercise) => exercise.id === forgery.exercise), forgery.file).toBe(true);
});

describe.each(PYTHON_VERSIONS)("Python %s: a forged grade is refused", (python) => {
  for (const forgery of forgeries) {
    it(`${forgery.file}: stopped before its JavaScript runs, graded 0`, async () => {
      const { graded, result } = await gradeOn(stopping, forgery, python);
      expectRefused(graded);
      expect(result.untrusted).toBeUndefined();
    });

    it.runIf(OBSERVED_VERSIONS.includes(python))(`${forgery.file}: its JavaScript runs and reaches the host, which believes none of it`, async () => {
      const { graded, result } = await gradeOn(observing, forgery, python);
      expectRefused(graded);
      // What the host was sent for this run's id after the trip: the forgery itself.
      expect(result.untrusted?.stdout).toBe(`${forgery.claims}\n`);
      expect(result.untrusted?.status).toBe("ok");
    });
  }

  it("the next submission after a forgery is graded on a fresh interpreter", async () => {
    const exercise = EXERCISES.find((candidate) => candidate.id === "collect-the-cycle");
    if (!exercise) throw new Error("collect-the-cycle is missing");
    const graded = await grade(exercise, exercise.solution, { run: stopping.run.bind(stopping), mode: "authoritative", python });
    expect(graded.checks.filter((check) => !check.passed)).toEqual([]);
  });
});
