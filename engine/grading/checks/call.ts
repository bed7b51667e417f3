import { z } from "zod";
import type { JsonValue } from "../../protocol";
import type { Evidence } from "../check-result";
import { base, json, NAME } from "./fields";
import { checkKind } from "./kind";
import { answerSchema, isError, readAnswer } from "./probe-answer";

/** What it asks the probe (answered by `call` in inspection.py). */
export type CallQuestion = { kind: "call"; function: string; args: JsonValue[] };
const answer = answerSchema(z.object({ value: z.unknown() }));

/**
 * The program's function called with each case's arguments after the program ran, one question
 * per case: it must return the case's value (as plain JSON). Hidden cases are never sent to the
 * browser, and their inputs never shown.
 */
export const call = checkKind({
  kind: "call",
  schema: z.object({
    ...base,
    kind: z.literal("call"),
    function: z.string().regex(NAME),
    hidden: z.boolean().default(false),
    cases: z.array(z.object({ args: z.array(json), returns: json })).min(1),
  }),
  role: () => "standalone",
  hidden: (check) => check.hidden,
  questions: (check): CallQuestion[] => check.cases.map((testCase) => ({ kind: "call", function: check.function, args: testCase.args })),
  evaluate(check, { answers }) {
    let passedCases = 0;
    let firstFailure: Evidence | undefined;
    check.cases.forEach((testCase, index) => {
      const read = readAnswer(answer, answers[index]);
      const ok = !isError(read) && sameValue(read.value, testCase.returns);
      if (ok) passedCases++;
      else if (!firstFailure) {
        const shown = `${check.function}(${testCase.args.map((arg) => JSON.stringify(arg)).join(", ")})`;
        firstFailure = check.hidden
          ? // Neither the input nor what the program made of it: both would tell the hidden input.
            { note: isError(read) ? "It raised an exception on an input you do not see." : "It returned a wrong value for an input you do not see." }
          : { expected: `${shown} returns ${JSON.stringify(testCase.returns)}`, actual: isError(read) ? callError(shown, check.function, read.error) : `${shown} returned ${JSON.stringify(read.value)}` };
      }
    });
    const total = check.cases.length;
    const passed = passedCases === total;
    const cases = `${check.hidden ? "hidden " : ""}case${total === 1 ? "" : "s"}`;
    return { passed, summary: `\`${check.function}\` gave the right result in ${passedCases} of ${total} ${cases}.`, evidence: passed ? undefined : firstFailure };
  },
});

/** The probe's error for a call, as what the learner's function did. */
function callError(shown: string, name: string, error: string): string {
  if (error.startsWith("the program defines no function")) return `your program defines no function \`${name}\``;
  if (/interfered/.test(error)) return "your program interfered with the grader";
  if (error.startsWith("returned a")) return `${shown} ${error}`;
  return `${shown} raised ${error}`;
}

/** JSON equality; numbers within a relative 1e-9 (floats computed another way). */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "number" && typeof expected === "number") return actual === expected || Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.length === expected.length && actual.every((item, index) => sameValue(item, expected[index]));
  if (actual && expected && typeof actual === "object" && typeof expected === "object" && !Array.isArray(actual) && !Array.isArray(expected)) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    return Object.keys(a).length === Object.keys(e).length && Object.keys(e).every((key) => key in a && sameValue(a[key], e[key]));
  }
  return actual === expected;
}
