/**
 * Sample data for the teacher's attempt view and predictions chart (scripts/preview-teaching.ts). The
 * check summaries are the grader's own words for these programs
 * (tests/grading/transcripts/collect-the-cycle.json); the evidence, errors and times are made up.
 */
import fs from "node:fs";
import path from "node:path";
import { classPredictions } from "@/app/_server/classes/class-predictions";
import type { TeacherAttempt } from "@/app/_shared/teaching/class-progress";
import type { GradeResult } from "@/engine/grading/grade";

// The exercise's starter, without its last line (the comment that says what to do).
const HEAD = fs.readFileSync(path.join(process.cwd(), "content", "exercises", "collect-the-cycle", "starter.py"), "utf8").replace(/# .*\n$/, "");

function grade(score: number, checks: GradeResult["checks"], run: Partial<GradeResult["run"]>, stopped: string | null = null): GradeResult {
  return {
    exerciseId: "collect-the-cycle",
    contentHash: "sample",
    mode: "authoritative",
    python: "3.14",
    passed: score === 1,
    score,
    stopped,
    checks,
    run: { status: "ok", stdout: "", stderr: "", durationMs: 412, engine: "CPython 3.14.0 (Pyodide 0.29.0)", ...run },
  };
}

const frees = (passed: boolean): GradeResult["checks"][number] => ({
  id: "frees-the-cycle",
  kind: "collected",
  title: "the collector frees the two nodes",
  passed,
  state: passed ? "passed" : "failed",
  weight: 1,
  summary: passed
    ? "The garbage collector freed 2 objects while your program ran (at least 2 expected)."
    : "The garbage collector freed 0 objects while your program ran; it should free at least 2.",
  evidence: passed ? null : { expected: "at least 2 objects freed", actual: "0 objects freed", reachedBy: "a.other" },
});
const reports = (passed: boolean): GradeResult["checks"][number] => ({
  id: "reports",
  kind: "stdout",
  title: "prints True",
  passed,
  state: passed ? "passed" : "failed",
  weight: 1,
  summary: passed ? "Your program printed exactly what was expected." : "Your program printed something other than what was expected.",
  evidence: passed ? null : { expected: "True", actual: "False" },
});

export const attempts: TeacherAttempt[] = [
  {
    id: "a5",
    createdAt: "2026-03-04T10:42:00Z",
    pythonVersion: "3.14",
    status: "graded",
    score: 0.33,
    code: `${HEAD}del a, b\nprint(False)  # a deliberately long comment that runs well past the edge of a phone's screen to show scrolling\n`,
    result: grade(
      0.33,
      [
        frees(false),
        {
          id: "no-node-left",
          kind: "alive",
          title: "no Node is alive at the end",
          passed: true,
          state: "not-counted",
          weight: 1,
          summary: "No Node object is alive at the end of your program. This counts only once “the collector frees the two nodes” passes too.",
          evidence: null,
        },
        reports(false),
      ],
      { stdout: "False\n" },
    ),
    error: null,
  },
  {
    id: "a4",
    createdAt: "2026-03-04T10:31:00Z",
    pythonVersion: "3.14",
    status: "graded",
    score: 1,
    code: `${HEAD}del a, b\nfound = gc.collect()\nprint(found >= 2)\n`,
    result: grade(1, [frees(true), { ...reports(true), id: "no-node-left", kind: "alive", title: "no Node is alive at the end", summary: "No Node object is alive at the end of your program." }, reports(true)], { stdout: "True\n" }),
    error: null,
  },
  {
    id: "a3",
    createdAt: "2026-03-04T10:20:00Z",
    pythonVersion: "3.12",
    status: "error",
    score: null,
    code: `${HEAD}found = gc.collect()\nprint(found >= 2)\n`,
    result: null,
    error: "the grading sandbox did not answer within 30 s",
  },
  {
    id: "a2",
    createdAt: "2026-03-03T16:05:00Z",
    pythonVersion: "3.12",
    status: "graded",
    score: 0,
    code: `${HEAD}del a, b\nfound = gc.colect()\nprint(found >= 2)\n`,
    result: grade(
      0,
      [
        { ...frees(false), state: "not-reached", summary: "Not checked: the program did not run to its end.", evidence: null },
        { ...reports(false), state: "not-reached", summary: "Not checked: the program did not run to its end.", evidence: null },
      ],
      {
        status: "exception",
        stderr: 'Traceback (most recent call last):\n  File "main.py", line 15, in <module>\n    found = gc.colect()\n            ^^^^^^^^^\nAttributeError: module \'gc\' has no attribute \'colect\'. Did you mean: \'collect\'?\n',
      },
      "The program raised AttributeError on line 15.",
    ),
    error: null,
  },
  { id: "a1", createdAt: "2026-03-03T15:58:00Z", pythonVersion: "3.12", status: "queued", score: null, code: HEAD, result: null, error: null },
];

let minute = 0;
const at = () => new Date(Date.UTC(2026, 2, 4, 9, minute++));
const made = (userId: string, predictId: string, predicted: string, actual: string, pythonVersion: string) => ({ userId, predictId, predicted, actual, pythonVersion, createdAt: at() });
export const predictions = classPredictions({
  blocks: [
    { id: "slice-copy-identity", lesson: "everything-is-an-object", lessonTitle: "Everything is an object", question: "b = a[:] makes b from a. What does the last line print?", choices: ["True", "False"] },
    { id: "refcount-of-new", lesson: "reference-counting", lessonTitle: "Reference counting", question: "What does `sys.getrefcount(x)` print?", choices: [] },
    { id: "broken-cycle-collect", lesson: "cleaning-up", lessonTitle: "Cleaning up", question: "The cycle was broken by hand before del. What does gc.collect() return?", choices: [] },
  ],
  predictions: [
    made("ann", "slice-copy-identity", "True", "False", "3.14"),
    made("bob", "slice-copy-identity", "False", "False", "3.14"),
    made("cem", "slice-copy-identity", "True", "False", "3.12"),
    made("dia", "slice-copy-identity", "False", "False", "3.14"),
    made("eve", "slice-copy-identity", "False", "False", "3.13"),
    made("ann", "refcount-of-new", "1", "2", "3.11"),
    made("bob", "refcount-of-new", "2", "2", "3.11"),
    made("cem", "refcount-of-new", "2", "1", "3.14"),
    made("dia", "refcount-of-new", "3", "1", "3.12"),
    made("eve", "refcount-of-new", "+02", "1", "3.13"),
  ],
  studentIds: ["ann", "bob", "cem", "dia", "eve"],
});

