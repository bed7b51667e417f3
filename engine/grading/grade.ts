import type { PythonVersion, RunResult } from "../protocol";
import { DEFAULT_MAX_STEPS, type RunOptions } from "../run-options";
import type { CheckResult } from "./check-result";
import type { PublicExercise } from "./exercise";
import { evaluateCheck } from "./evaluate-check";
import { questionsFor } from "./questions";

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
  passed: boolean;
  /** Passed checks over all checks, 0 to 1. */
  score: number;
  checks: CheckResult[];
  run: { status: RunResult["status"]; stdout: string; stderr: string; durationMs: number; engine: string };
};

/** The engine's run(), in the browser (a Web Worker) or on the server (the sandboxed pool). */
export type Runner = (source: string, options: RunOptions) => Promise<RunResult>;

/**
 * Grades `code` against an exercise's checks on real CPython. The same function runs in the
 * browser and on the server; only the runner and the checks it is given differ (a PublicExercise
 * has no hidden cases). Learner code cannot change the verdict by replacing gc, sys, tracemalloc or
 * builtins: refcounts, memory and collections come from the probe's trace and its answers, which
 * use functions captured before the program ran (engine/probe).
 */
export async function grade(exercise: PublicExercise, code: string, options: { run: Runner; mode: GradeMode; python?: PythonVersion }): Promise<GradeResult> {
  const python = options.python ?? exercise.python;
  const { questions, positions } = questionsFor(exercise.checks, code);
  const uses = (kind: string) => exercise.checks.some((check) => check.kind === kind);
  // Steps are what makes tracing dear; only refcount checks (the marked line) and alive checks (the
  // names classes were bound to) read them. Memory over time needs tracemalloc, not steps: the peak
  // past the step cap is read when the program ends.
  const needsSteps = uses("refcount") || uses("alive");
  const result = await options.run(code, {
    python,
    trace: { maxSteps: needsSteps ? DEFAULT_MAX_STEPS : 1, memory: uses("peakMemory") },
    questions,
    timeoutMs: exercise.limits.timeoutMs,
    maxMemoryBytes: exercise.limits.maxMemoryBytes,
  });
  const answers = result.inspection?.answers ?? [];
  const checks = exercise.checks.map((check) =>
    evaluateCheck(check, { result, code, starter: exercise.starter, answers: (positions.get(check.id) ?? []).map((position) => answers[position]) }),
  );
  const passedCount = checks.filter((check) => check.passed).length;
  return {
    exerciseId: exercise.id,
    contentHash: exercise.contentHash,
    mode: options.mode,
    python,
    passed: passedCount === checks.length,
    score: checks.length === 0 ? 0 : passedCount / checks.length,
    checks,
    run: {
      status: result.status,
      // Only what the program wrote: the code the grader's questions ran may have written hidden inputs.
      stdout: result.inspection?.programStdout ?? result.stdout,
      stderr: result.inspection?.programStderr ?? result.stderr,
      durationMs: result.durationMs,
      engine: `CPython ${result.python.full} (Pyodide ${result.python.pyodide})`,
    },
  };
}
