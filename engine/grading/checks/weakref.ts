import { z } from "zod";
import { base, PATH } from "./fields";
import { checkKind } from "./kind";
import { answerSchema, isError, readAnswer, unanswered } from "./probe-answer";

/** What it asks the probe (answered by `weakref` in inspection.py). */
export type WeakrefQuestion = { kind: "weakref"; expr: string };
const answer = answerSchema(z.object({ dead: z.boolean(), referent: z.string().nullable() }));

/** Whether a weak reference the program keeps is dead (its object freed) at the end of the program. */
export const weakref = checkKind({
  kind: "weakref",
  schema: z.object({ ...base, kind: z.literal("weakref"), expr: z.string().regex(PATH), dead: z.boolean() }),
  role: () => "standalone",
  questions: (check): WeakrefQuestion[] => [{ kind: "weakref", expr: check.expr }],
  evaluate(check, { answers }) {
    const read = readAnswer(answer, answers[0]);
    if (isError(read)) return unanswered(read.error, `After your program ran, \`${check.expr}\` could not be read as a weak reference`);
    const passed = read.dead === check.dead;
    const state = read.dead ? "is dead: the object it referred to was freed" : `still leads to ${read.referent ?? "its object"}, which is alive`;
    const expected = check.dead ? "it should be dead (its object freed)" : "it should still lead to its object";
    return { passed, summary: `At the end of your program, the weak reference \`${check.expr}\` ${state}${passed ? "." : `; ${expected}.`}` };
  },
});
