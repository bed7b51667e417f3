import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_KINDS, isHidden } from "@/engine/grading/checks/registry";
import { publicExercise } from "@/engine/grading/exercise";
import { grade, type GradeResult } from "@/engine/grading/grade";
import { enginePoolForThisFile } from "../support/engine-pool";
import { EXERCISES } from "./exercises";

/**
 * Golden tests of the shipped exercises on the real engine: every reference solution passes every
 * check, every known-wrong attempt fails exactly the checks its first line names. What each check
 * said is committed in transcripts/; UPDATE_TRANSCRIPTS=1 rewrites them.
 */
const pool = enginePoolForThisFile({ size: 1 });
const run = pool.run.bind(pool);
const UPDATE = process.env.UPDATE_TRANSCRIPTS === "1";

const transcriptOf = (result: GradeResult) => ({ score: result.score, stopped: result.stopped, checks: result.checks.map(({ id, state, summary }) => ({ id, state, summary })) });
const failed = (result: GradeResult) => result.checks.filter((check) => !check.passed).map((check) => check.id);

it("ships at least six exercises that together use every kind of check", () => {
  expect(EXERCISES.length).toBeGreaterThanOrEqual(6);
  const used = new Set(EXERCISES.flatMap((exercise) => exercise.checks.map((check) => check.kind)));
  expect([...used].sort()).toEqual(CHECK_KINDS.map((module) => module.kind).sort());
});

describe.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))("exercise %s", (id, exercise) => {
  it("passes the reference solution, fails each known-wrong attempt on exactly the checks it names, as transcribed", async () => {
    const reference = await grade(exercise, exercise.solution, { run, mode: "authoritative" });
    expect(failed(reference), `reference solution: ${JSON.stringify(reference.checks.filter((check) => !check.passed))}`).toEqual([]);
    const transcript: Record<string, unknown> = { reference: transcriptOf(reference) };
    for (const wrong of exercise.wrongAttempts) {
      const result = await grade(exercise, wrong.code, { run, mode: "authoritative" });
      expect(failed(result).sort(), `wrong/${wrong.name}.py: ${JSON.stringify(result.checks.map(({ id: check, passed, summary }) => ({ check, passed, summary })))}`).toEqual([...wrong.fails].sort());
      transcript[`wrong/${wrong.name}`] = transcriptOf(result);
    }
    const file = path.join(import.meta.dirname, "transcripts", `${id}.json`);
    const text = `${JSON.stringify(transcript, null, 2)}\n`;
    if (UPDATE) fs.writeFileSync(file, text);
    expect(fs.existsSync(file), `no transcript for ${id}: run UPDATE_TRANSCRIPTS=1 npx vitest run tests/grading`).toBe(true);
    expect(text).toBe(fs.readFileSync(file, "utf8"));
  }, 180_000);

  it("grades the same in preview, minus the hidden cases the browser never receives", async () => {
    const authoritative = await grade(exercise, exercise.solution, { run, mode: "authoritative" });
    const preview = await grade(publicExercise(exercise), exercise.solution, { run, mode: "preview" });
    const hidden = new Set(exercise.checks.filter(isHidden).map((check) => check.id));
    expect(preview.checks).toEqual(authoritative.checks.filter((check) => !hidden.has(check.id)));
  }, 120_000);
});
