import path from "node:path";
import { describe, expect, it } from "vitest";
import { readStatus, readStoredResults, storedGraderError } from "@/app/_server/grading/stored-results";
import { submissionStatus } from "@/app/_shared/submission-status";
import { grade } from "@/engine/grading/grade";
import { loadExercises } from "@/engine/grading/load-exercises";
import { enginePoolForThisFile } from "../support/engine-pool";

/**
 * A submission's grade goes into the database as JSON and comes back through a schema, not a cast:
 * real grades (the reference solution and a known-wrong attempt, graded on the engine) read back
 * whole; a grade stored before checks had a state reads with the state its verdict gives; anything
 * else is reported as an error rather than shown as a grade.
 */
const pool = enginePoolForThisFile({ size: 1 });
const [exercise] = loadExercises(path.join(process.cwd(), "content", "exercises"));

describe("stored grades", () => {
  it("reads back the grades grade() stores, passing and failing", async () => {
    if (!exercise) throw new Error("no exercise");
    const [wrong] = exercise.wrongAttempts;
    if (!wrong) throw new Error(`${exercise.id} has no wrong attempt`);
    for (const code of [exercise.solution, wrong.code]) {
      const result = await grade(exercise, code, { run: (source, options) => pool.run(source, options), mode: "authoritative", python: exercise.python });
      expect(readStoredResults(JSON.stringify(result))).toEqual({ result, error: null });
    }
  }, 120_000);

  it("gives a grade stored before checks had a state the state of its verdict", async () => {
    if (!exercise) throw new Error("no exercise");
    const result = await grade(exercise, exercise.solution, { run: (source, options) => pool.run(source, options), mode: "authoritative", python: exercise.python });
    const older = { ...result, checks: result.checks.map((check) => Object.fromEntries(Object.entries(check).filter(([key]) => key !== "state"))) };
    const read = readStoredResults(JSON.stringify(older)).result;
    expect(read?.checks.map((check) => check.state)).toEqual(result.checks.map((check) => (check.passed ? "passed" : "failed")));
  }, 120_000);

  it("reports the grader's error, and a column that is not a grade, as errors", () => {
    expect(readStoredResults(JSON.stringify({ error: "worker crashed" }))).toEqual({ result: null, error: "worker crashed" });
    // What the grading queue writes when it cannot grade reads back as that error.
    expect(readStoredResults(storedGraderError("the grader stopped 3 times"))).toEqual({ result: null, error: "the grader stopped 3 times" });
    expect(readStoredResults(null)).toEqual({ result: null, error: null });
    expect(readStoredResults("{not json").error).toMatch(/not JSON/);
    const forged = readStoredResults(JSON.stringify({ checks: [{ id: "c0", passed: true }], score: 1 }));
    expect(forged.result).toBeNull();
    expect(forged.error).toMatch(/could not be read/);
  });

  it("reads statuses through the one enum", () => {
    for (const status of submissionStatus.options) expect(readStatus(status)).toBe(status);
    expect(readStatus("pending-forever")).toBe("error");
  });
});
