import { z } from "zod";
import { describeBounds, withinBounds } from "./bounds";
import { base, bound, bounded } from "./fields";
import { checkKind } from "./kind";
import { answerSchema, isError, readAnswer, unanswered } from "./probe-answer";
import { plural } from "./wording";

/** What it asks the probe (answered by `sizeof` in inspection.py). */
export type SizeofQuestion = { kind: "sizeof"; expr: string };
const answer = answerSchema(z.object({ size: z.number().nullable(), size64: z.number().nullable(), type: z.string() }));

/**
 * sys.getsizeof of an expression evaluated after the program ran, as this 32-bit build measures it
 * or as 64-bit CPython would (derived from the object's state, engine/probe/heapwise_probe/sizes64.py).
 */
export const sizeof = checkKind({
  kind: "sizeof",
  schema: bounded(z.object({ ...base, kind: z.literal("sizeof"), expr: z.string().min(1), bits: z.union([z.literal(32), z.literal(64)]).default(64), ...bound })),
  role: () => "standalone",
  questions: (check): SizeofQuestion[] => [{ kind: "sizeof", expr: check.expr }],
  evaluate(check, { answers }) {
    const read = readAnswer(answer, answers[0]);
    if (isError(read)) return unanswered(read.error, `After your program ran, \`${check.expr}\` could not be evaluated`);
    const size = check.bits === 64 ? read.size64 : read.size;
    const measured = `sys.getsizeof(${check.expr})`;
    if (size === null) return { passed: false, summary: `${measured} cannot be measured for ${check.bits}-bit CPython: a ${read.type} either defines its own __sizeof__ or has no known ${check.bits}-bit size.` };
    const passed = withinBounds(size, check);
    const found = `${measured} is ${plural(size, "byte")} on ${check.bits}-bit CPython`;
    return {
      passed,
      summary: passed ? `${found} (${describeBounds(check)} bytes expected).` : `${found}; it should be ${describeBounds(check)} bytes.`,
      evidence: passed ? undefined : { expected: `${describeBounds(check)} bytes`, actual: `${size} bytes: a ${read.type}${check.bits === 64 ? ` (${read.size ?? "?"} bytes in this 32-bit build)` : ""}` },
    };
  },
});
