import type { PythonVersion, RunResult } from "../protocol";
import { DEFAULT_MAX_STEPS, type RunOptions } from "../run-options";
import { DEFAULT_LIMITS } from "../runtime/run-limits";
import type { CheckResult } from "./check-result";
import { COLLECTED_QUESTION } from "./checks/collected";
import { type Check, evaluateCheck, notReached, questionsFor, traceNeeds } from "./checks/registry";
import { type PublicExercise, unsupportedVersion } from "./exercise";
import { outputExcerpt } from "./output-excerpt";
import { runEnd } from "./run-end";

export type GradeMode =
  /** In the learner's browser: every check but the hidden cases, which the page never receives. */
  | "preview"
  /** On the server: every check; the grade that is stored. */
  | "authoritative";

export type GradeResult = {
  exerciseId: string;
  contentHash: string;
  mode: GradeMode;
  python: PythonVersion;
  /** The program ran to its end and every check passed. */
  passed: boolean;
  /**
   * 0 to 1: the weights of the checks that passed and count (CheckRole in checks/kind.ts) over all weights; 0
   * for a program that did not run to its end. A preview's lacks the hidden checks.
   */
  score: number;
  /** Why the program did not run to the end of its module (so it scores 0); null when it did. */
  stopped: string | null;
  checks: CheckResult[];
  /**
   * What the program itself printed, beside the verdicts: stdout and stderr up to the end of its
   * module, or the whole run's when it stopped (the traceback is in stderr); head and tail of a long one.
   */
  run: { status: RunResult["status"]; stdout: string; stderr: string; durationMs: number; engine: string };
};

/** The engine's run(), in the browser (a Web Worker) or on the server (the sandboxed pool). */
export type Runner = (source: string, options: RunOptions) => Promise<RunResult>;

const FILENAME = "main.py";

/**
 * Grades `code` against an exercise's checks on real CPython. The same function runs in the
 * browser and on the server; only the runner and the checks it is given differ (a PublicExercise
 * has no hidden cases). Learner code cannot change the verdict by replacing gc, sys, tracemalloc or
 * builtins: refcounts, memory and collections come from the probe's trace and its answers, which
 * use functions captured before the program ran (engine/probe).
 */
export async function grade(exercise: PublicExercise, code: string, options: { run: Runner; mode: GradeMode; python?: PythonVersion }): Promise<GradeResult> {
  const python = options.python ?? exercise.python;
  const unsupported = unsupportedVersion(exercise, python);
  if (unsupported) throw new Error(unsupported);
  const { questions, positions } = questionsFor(exercise.checks, code);
  // The engine answers questions only after a module that ran to its end: with at least one asked,
  // a program that left early through sys.exit(0) is told apart from one that finished.
  if (questions.length === 0) questions.push(COLLECTED_QUESTION);
  // Steps are what makes tracing dear: only the marked lines the checks read are recorded, and
  // with none (and no class names asked for) the recorder stops after the first line.
  const needs = traceNeeds(exercise.checks, code);
  const timeoutMs = exercise.limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const result = await options.run(code, {
    python,
    filename: FILENAME,
    trace: needs.lines === null ? { maxSteps: 1, memory: needs.memory } : { maxSteps: DEFAULT_MAX_STEPS, memory: needs.memory, lines: needs.lines },
    questions,
    timeoutMs,
    maxMemoryBytes: exercise.limits.maxMemoryBytes,
  });
  const end = runEnd(result, { askedQuestions: true, timeoutMs, filename: FILENAME });
  const answers = result.inspection?.answers ?? [];
  const verdicts = exercise.checks.map((check) =>
    end.finished
      ? evaluateCheck(check, { result, code, starter: exercise.starter, answers: (positions.get(check.id) ?? []).map((position) => answers[position]) })
      : notReached(check, end),
  );
  const checks = verdicts.map((verdict, index) => withCredit(verdict, exercise.checks[index]?.requires ?? [], verdicts, exercise.checks));
  const total = checks.reduce((sum, check) => sum + check.weight, 0);
  const earned = checks.filter((check) => check.state === "passed").reduce((sum, check) => sum + check.weight, 0);
  return {
    exerciseId: exercise.id,
    contentHash: exercise.contentHash,
    mode: options.mode,
    python,
    passed: end.finished && checks.every((check) => check.passed),
    // Rounded so that weights summing to 1 read as 1, not 0.9999999999999999.
    score: total === 0 ? 0 : Math.round((earned / total) * 1e9) / 1e9,
    stopped: end.finished ? null : end.reason,
    checks,
    run: {
      status: result.status,
      // Only what the program wrote: the code the grader's questions ran may have written hidden
      // inputs. Without an inspection (the program stopped), no question was asked.
      stdout: outputExcerpt(result.inspection?.programStdout ?? result.stdout),
      stderr: outputExcerpt(result.inspection?.programStderr ?? result.stderr),
      durationMs: result.durationMs,
      engine: `CPython ${result.python.full} (Pyodide ${result.python.pyodide})`,
    },
  };
}

/** A passed check whose required checks did not all pass earns nothing, and says which it waits for. */
function withCredit(verdict: CheckResult, requires: string[], verdicts: CheckResult[], checks: Check[]): CheckResult {
  if (verdict.state !== "passed") return verdict;
  const missing = requires.filter((id) => !verdicts.find((other) => other.id === id)?.passed);
  if (missing.length === 0) return verdict;
  const titles = missing.map((id) => `“${checks.find((check) => check.id === id)?.title ?? id}”`).join(" and ");
  return { ...verdict, state: "not-counted", summary: `${verdict.summary} This counts only once ${titles} ${missing.length === 1 ? "passes" : "pass"} too.` };
}
