import { z } from "zod";
import { describeEdge } from "../object-path";
import { describeBounds, withinBounds } from "./bounds";
import { base, bound, bounded, NAME } from "./fields";
import { checkKind } from "./kind";
import { answerSchema, isError, readAnswer, unanswered } from "./probe-answer";
import { plural } from "./wording";

/** What it asks the probe (answered by `alive` in inspection.py). */
export type AliveQuestion = { kind: "alive"; class: string };
const answer = answerSchema(z.object({ count: z.number(), chain: z.array(z.string()).nullable() }));

/**
 * How many instances of a class (or its subclasses) are alive at the end of the program, after a
 * collection of the grader's own; when some are, what still reaches one from the program's names.
 */
export const alive = checkKind({
  kind: "alive",
  schema: bounded(z.object({ ...base, kind: z.literal("alive"), class: z.string().regex(NAME), ...bound })),
  // "No Node alive" holds in a program that never made one.
  role: (check) => (withinBounds(0, check) ? "alongside" : "standalone"),
  questions: (check): AliveQuestion[] => [{ kind: "alive", class: check.class }],
  // The names classes were bound to, so that a renamed class still counts.
  trace: { classes: true },
  evaluate(check, { answers }) {
    const read = readAnswer(answer, answers[0]);
    if (isError(read)) return unanswered(read.error);
    const passed = withinBounds(read.count, check);
    const aliveNow = read.count === 0 ? `No ${check.class} object is alive` : `${plural(read.count, `${check.class} object`)} ${read.count === 1 ? "is" : "are"} still alive`;
    const reachedBy = read.chain ? chainExpression(read.chain) : null;
    const none = check.equals === 0 || (check.atMost === 0 && check.equals === undefined);
    return {
      passed,
      summary: passed
        ? `${aliveNow} at the end of your program${none ? "" : ` (${describeBounds(check)} expected)`}.`
        : `${aliveNow} at the end of your program; there should be ${none ? "none" : describeBounds(check)}.`,
      evidence: passed
        ? undefined
        : read.chain
          ? reachedBy
            ? { reachedBy }
            : { chain: chainWords(read.chain) }
          : { note: `None of your program's names lead to it: it is kept by a reference cycle the collector has not freed yet, or by something outside your names.` },
    };
  },
});

/** The probe's chain in words, when it is no Python expression: "the name `holder`", "a Holder", "<Node object>". */
function chainWords(chain: string[]): string[] {
  return chain.map((hop, index) => {
    const name = /^global '(.+)'$/.exec(hop)?.[1];
    if (name) return `the name \`${name}\``;
    const [, type, label] = /^(\S+) (.+)$/.exec(hop) ?? [];
    if (index === chain.length - 1 || !type || !label) return hop;
    return label === "·" ? `a ${type}` : describeEdge(type, label);
  });
}

/** How the program's names reach an object, as Python: ["global 'cache'", "dict cat.png", "<Image>"] -> cache["cat.png"]. */
function chainExpression(chain: string[]): string | null {
  const [first, ...hops] = chain;
  let expression = /^global '(.+)'$/.exec(first ?? "")?.[1];
  if (!expression) return null;
  for (const hop of hops.slice(0, -1)) {
    const [, type, label] = /^(\S+) (.+)$/.exec(hop) ?? [];
    if (!type || !label || label === "∈" || label === "·" || /^key \d+$/.test(label) || label.includes(" ")) return null;
    if (/^\[.*\]$/.test(label)) expression += label;
    else if (type === "dict") expression += `[${JSON.stringify(label)}]`;
    else expression += `.${label}`;
  }
  // An instance's attributes reached through the __dict__ CPython materialised are still attributes.
  return expression.replace(/\.__dict__\["([A-Za-z_]\w*)"\]/g, ".$1");
}
