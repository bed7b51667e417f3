import type { z } from "zod";
import type { ProbeQuestion, RunResult } from "../../protocol";
import type { Evidence } from "../check-result";
import type { RunEnd } from "../run-end";

/**
 * What one kind of check is, in one module (engine/grading/checks/<kind>.ts): the fields of its
 * checks, the questions it asks the probe after the program ran (each answered by one Python
 * function, HANDLERS in engine/probe/heapwise_probe/inspection.py), how it reads the run and the
 * answers into a verdict and the words that explain it, and what it can vouch for in a score.
 * registry.ts lists the kinds.
 */
export type CheckKind<Check extends { kind: string }, Question extends ProbeQuestion = never> = {
  kind: Check["kind"];
  /** The check's fields in checks.json (with `base` from fields.ts). */
  schema: z.ZodType<Check>;
  /** What a passed check of this kind vouches for (credit.ts). */
  role(check: Check): CheckRole;
  /**
   * What it asks the probe once the program's module ran, in order; its answers come back to
   * `evaluate` in the same order. None: it reads the run and its trace only.
   */
  questions?(check: Check, source: string): Question[];
  evaluate(check: Check, context: CheckContext): Outcome;
  /**
   * What of the trace it reads (see grade.ts): the lines of `source` whose steps (heap graphs) it
   * reads, which are all that is recorded; the classes the program's globals held at any line
   * (class_globals in the probe); memory, which needs tracemalloc.
   */
  trace?: { lines?(check: Check, source: string): number[]; classes?: boolean; memory?: boolean };
  /** Asked before every other kind's questions, whose answers may change what it reads. */
  asksFirst?: boolean;
  /** It reads only what the program printed, which print() fakes (credit.ts limits such checks' weight). */
  readsOutput?: boolean;
  /** Left out of what the browser receives (a hidden input). */
  hidden?(check: Check): boolean;
  /** Its verdict on a program that did not run to its end, when not "not reached". */
  whenStopped?(check: Check, end: Extract<RunEnd, { finished: false }>): Outcome | null;
};

/**
 * What a check can vouch for on its own. A score means something only if a program that does not
 * try cannot earn it: `pass`, `print(True)` or the starter unchanged must score 0. Three roles:
 * - "ran": says only that the program finished (a limits check). A program that did not finish
 *   scores 0 anyway, so it carries no weight at all.
 * - "alongside": passed by a program that does nothing (no Node alive, memory stays low, no global
 *   grows) or reads only what was printed, which `print()` fakes. It earns its weight only together
 *   with a "standalone" check it names in `requires`.
 * - "standalone": fails unless the program does what the exercise asks (a collection happened, a
 *   reference count, a generator, a function's results).
 */
export type CheckRole = "ran" | "alongside" | "standalone";

/**
 * What one check is evaluated against: a run whose module ran to its end, its answers (to its own
 * questions, in order), and the sources. Every summary speaks to the learner: what their program
 * did, and what was expected (tests/grading/evidence-messages.golden.txt lists them all).
 */
export type CheckContext = {
  result: RunResult;
  answers: unknown[];
  code: string;
  starter: string;
};

export type Outcome = { passed: boolean; summary: string; evidence?: Evidence };

/** A kind's module, its types inferred from its schema (kept as it is, for the union of checks) and the questions it asks. */
export function checkKind<Schema extends z.ZodObject<{ kind: z.ZodLiteral<string> }>, Question extends ProbeQuestion = never>(
  definition: CheckKind<z.output<Schema>, Question> & { schema: Schema },
): CheckKind<z.output<Schema>, Question> & { schema: Schema } {
  return definition;
}
