import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_KINDS, isHidden } from "@/engine/grading/checks/registry";
import { type Exercise, publicExercise } from "@/engine/grading/exercise";
import { grade, type GradeResult } from "@/engine/grading/grade";
import { DEFAULT_PYTHON, type PythonVersion } from "@/engine/protocol";
import { enginePoolForThisFile } from "../support/engine-pool";
import { EXERCISES } from "./exercises";

/**
 * Golden tests of the shipped exercises on the real engine, on every version each supports (its
 * checks.json "versions"): every reference solution passes every check, every known-wrong attempt
 * fails exactly the checks its first line names. What each check said is committed in
 * transcripts/: <id>.json for Python 3.14, <id>@<version>.json for the others;
 * UPDATE_TRANSCRIPTS=1 rewrites them.
 *
 * One pool for the file, with one interpreter per version, started when first used. Grades run one
 * at a time: grading the versions of an exercise at the same time was no faster on two busy cores
 * (96 s against 85 s for six exercises, load average 12), and four interpreters loading at once
 * beside another engine test file missed the 60 s load limit.
 */
const pool = enginePoolForThisFile({ size: 1 });
const run = pool.run.bind(pool);
const UPDATE = process.env.UPDATE_TRANSCRIPTS === "1";
const TRANSCRIPTS = path.join(import.meta.dirname, "transcripts");

const transcriptName = (id: string, python: PythonVersion) => (python === DEFAULT_PYTHON ? `${id}.json` : `${id}@${python}.json`);
const transcriptOf = (result: GradeResult) => ({ score: result.score, stopped: result.stopped, checks: result.checks.map(({ id, state, summary }) => ({ id, state, summary })) });
const failed = (result: GradeResult) => result.checks.filter((check) => !check.passed).map((check) => check.id);

it("ships at least 28 exercises, three or four for each of the eight lessons, that together use every kind of check", () => {
  expect(EXERCISES.length).toBeGreaterThanOrEqual(28);
  const perLesson = new Map<string, number>();
  for (const exercise of EXERCISES) perLesson.set(exercise.lesson ?? "(none)", (perLesson.get(exercise.lesson ?? "(none)") ?? 0) + 1);
  expect(perLesson.size).toBe(8);
  for (const [lesson, count] of perLesson) expect(count, lesson).toBeGreaterThanOrEqual(3);
  const used = new Set(EXERCISES.flatMap((exercise) => exercise.checks.map((check) => check.kind)));
  expect([...used].sort()).toEqual(CHECK_KINDS.map((kind) => kind.kind).sort());
});

it("keeps no transcript of an exercise or a version that is not graded", () => {
  const expected = new Set(EXERCISES.flatMap((exercise) => exercise.versions.map((python) => transcriptName(exercise.id, python))));
  const orphans = fs.readdirSync(TRANSCRIPTS).filter((file) => !expected.has(file));
  expect(orphans, "transcripts of no exercise's supported version: delete them").toEqual([]);
});

describe.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))("exercise %s", (_id, exercise) => {
  describe.each(exercise.versions)("on Python %s", (python) => {
    it("passes the reference solution, fails each known-wrong attempt on exactly the checks it names, as transcribed", async () => {
      await expectTranscript(exercise, python);
    }, 300_000);
  });

  it(`grades the same in preview on Python ${exercise.python}, minus the hidden cases the browser never receives`, async () => {
    const authoritative = await grade(exercise, exercise.solution, { run, mode: "authoritative" });
    const preview = await grade(publicExercise(exercise), exercise.solution, { run, mode: "preview" });
    const hidden = new Set(exercise.checks.filter(isHidden).map((check) => check.id));
    expect(preview.checks).toEqual(authoritative.checks.filter((check) => !hidden.has(check.id)));
  }, 120_000);
});

async function expectTranscript(exercise: Exercise, python: PythonVersion) {
  const reference = await grade(exercise, exercise.solution, { run, mode: "authoritative", python });
  expect(failed(reference), `reference solution: ${JSON.stringify(reference.checks.filter((check) => !check.passed))}`).toEqual([]);
  const transcript: Record<string, unknown> = { reference: transcriptOf(reference) };
  for (const wrong of exercise.wrongAttempts) {
    const result = await grade(exercise, wrong.code, { run, mode: "authoritative", python });
    expect(failed(result).sort(), `wrong/${wrong.name}.py: ${JSON.stringify(result.checks.map(({ id: check, passed, summary }) => ({ check, passed, summary })))}`).toEqual(
      [...wrong.fails].sort(),
    );
    transcript[`wrong/${wrong.name}`] = transcriptOf(result);
  }
  const file = path.join(TRANSCRIPTS, transcriptName(exercise.id, python));
  const text = `${JSON.stringify(transcript, null, 2)}\n`;
  if (UPDATE) fs.writeFileSync(file, text);
  expect(fs.existsSync(file), `no transcript ${path.basename(file)}: run UPDATE_TRANSCRIPTS=1 npx vitest run tests/grading/golden.test.ts`).toBe(true);
  const recorded = fs.readFileSync(file, "utf8");
  expect(withoutPeaks(text)).toBe(withoutPeaks(recorded));
  const [now, then] = [peaksIn(text), peaksIn(recorded)];
  for (const [index, peak] of now.entries()) {
    const before = then[index] ?? 0;
    expect(Math.abs(peak - before) / before, `memory peak ${index + 1}: ${peak} bytes, transcribed ${before}`).toBeLessThan(PEAK_TOLERANCE);
  }
}

/**
 * Large byte counts (100,000 and more: memory peaks) move from run to run, which no verdict depends
 * on: hash randomisation reorders a dict's inserts (measured: 8,806,964 against 8,806,970 on 3.12),
 * and the probe's own bookkeeping between recorded lines is subtracted to within a few hundred bytes
 * (803,056 to 804,758 over runs of one program). A transcript compares with them taken out, and
 * each figure within PEAK_TOLERANCE of the transcribed one; smaller counts and round limits
 * (multiples of 100,000) compare whole.
 */
const LARGE_FIGURE = /\b(\d{1,3}(?:,\d{3})+) bytes/g;
const PEAK_TOLERANCE = 0.005;
const isLimit = (value: number) => value < 100_000 || value % 100_000 === 0;
const figureOf = (text: string) => Number(text.replaceAll(",", ""));
const withoutPeaks = (text: string) => text.replace(LARGE_FIGURE, (whole, figure: string) => (isLimit(figureOf(figure)) ? whole : "N bytes"));
const peaksIn = (text: string) => [...text.matchAll(LARGE_FIGURE)].map((match) => figureOf(match[1] ?? "")).filter((value) => !isLimit(value));
