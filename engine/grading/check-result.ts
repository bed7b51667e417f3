import type { Check } from "./checks/registry";

/** What explains a check's outcome to the learner; every field is optional, all are plain text. */
export type Evidence = {
  expected?: string;
  actual?: string;
  /** What references an object at a marked line: names and containers ("the name `data`", "item [0] of a list"). */
  holders?: string[];
  /** How the program's names still reach an object that should be gone, as an expression: `cache["cat.png"]`. */
  reachedBy?: string;
  /** The same in words, from a name to the object, when no expression says it ("the name `holder`", "a Holder", "<Node object>"). */
  chain?: string[];
  /** A line of the learner's program (where memory peaked, where a rule is broken). */
  line?: { number: number; text: string };
  note?: string;
};

/**
 * How a check came out, and what it counts for:
 * - "passed": it passed and earns its weight;
 * - "failed": it did not pass;
 * - "not-counted": it passed, but earns nothing because a check it requires failed (a program that
 *   does nothing passes it too: see CheckRole in checks/kind.ts);
 * - "not-reached": the program did not run to the end of its module, so it was not checked.
 */
export type CheckState = "passed" | "failed" | "not-counted" | "not-reached";

export type CheckResult = {
  id: string;
  kind: Check["kind"];
  title: string;
  /** The check's own verdict, whatever it counts for ("not-counted" checks passed). */
  passed: boolean;
  state: CheckState;
  /** Its weight in the score, relative to the other checks' (0 for a check that only says the program ran). */
  weight: number;
  /** One or two sentences: what was found, and what was expected. */
  summary: string;
  evidence: Evidence | null;
};

/**
 * Whether a check counts as passed in the grade: "not-counted" checks passed on their own but earn
 * nothing. Grades stored before checks had a state count their own verdict.
 */
export function countsAsPassed(check: { passed: boolean; state?: CheckState }): boolean {
  return check.state === undefined ? check.passed : check.state === "passed";
}
