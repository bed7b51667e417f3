import { z } from "zod";
import { base } from "./fields";
import { checkKind } from "./kind";

/** What the program printed: exactly `equals` (trailing whitespace aside), or a line matching `matches`. */
export const stdout = checkKind({
  kind: "stdout",
  schema: z
    .object({ ...base, kind: z.literal("stdout"), equals: z.string().optional(), matches: z.string().optional() })
    .refine((check) => (check.equals === undefined) !== (check.matches === undefined), { message: "needs exactly one of equals, matches" })
    .refine((check) => check.matches === undefined || isRegExp(check.matches), { message: "matches is not a valid regular expression", path: ["matches"] }),
  // print() alone passes it.
  role: () => "alongside",
  readsOutput: true,
  evaluate(check, { result }) {
    // Only what the program wrote: the grader's questions may have made it write more.
    const printed = result.inspection?.programStdout ?? result.stdout;
    if (check.equals !== undefined) {
      if (printed.trimEnd() === check.equals.trimEnd()) return { passed: true, summary: "Your program printed exactly what was expected." };
      if (printed.trim() === "") return { passed: false, summary: "Your program printed nothing.", evidence: { expected: check.equals } };
      return { passed: false, summary: "Your program printed something other than what was expected.", evidence: { expected: check.equals, actual: printed } };
    }
    const pattern = check.matches ?? "";
    if (new RegExp(pattern, "m").test(printed)) return { passed: true, summary: "Your program's output has what was asked for." };
    const evidence = { expected: `a line matching the pattern ${pattern}`, actual: printed.trim() === "" ? undefined : printed };
    return { passed: false, summary: printed.trim() === "" ? "Your program printed nothing." : "Your program's output does not have what was asked for.", evidence };
  },
});

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
