import { z } from "zod";
import { base } from "./fields";
import { checkKind, type Outcome } from "./kind";
import { answerSchema, isError, readAnswer, unanswered } from "./probe-answer";
import { atLine, listed } from "./wording";

/** What it asks the probe (answered by `structure` in inspection.py). */
export type StructureQuestion = { kind: "structure"; source: string };
const answer = answerSchema(
  z.object({
    slots: z.record(z.string(), z.number()),
    generators: z.array(z.number()),
    with: z.array(z.number()),
    opensOutsideWith: z.array(z.number()),
    growingGlobals: z.array(z.tuple([z.string(), z.number()])),
    dynamicCode: z.array(z.number()),
  }),
);
type Facts = Exclude<z.infer<typeof answer>, { error: string }>;

const RULE_NAMES = ["defines-slots", "uses-generator", "uses-with", "no-growing-global"] as const;

/** Each rule's verdict on the facts. */
const RULES: Record<(typeof RULE_NAMES)[number], (facts: Facts, check: { class?: string | undefined }, code: string) => Outcome> = {
  "defines-slots": (facts, check) => {
    const classes = Object.keys(facts.slots);
    const passed = check.class ? classes.includes(check.class) : classes.length > 0;
    if (passed) return { passed, summary: `Class ${check.class ?? classes[0]} declares __slots__.` };
    return { passed, summary: check.class ? `Class ${check.class} does not declare __slots__ in its class body.` : "No class of your program declares __slots__ in its class body." };
  },
  "uses-generator": (facts) => {
    const [first] = facts.generators;
    return first
      ? { passed: true, summary: `Line ${first} makes a generator.` }
      : { passed: false, summary: "Your program has no generator: a function with yield, or a generator expression (… for … in …) in parentheses." };
  },
  "uses-with": (facts, _check, code) => {
    const [outside] = facts.opensOutsideWith;
    if (outside) return { passed: false, summary: `The open() at line ${outside} is not in a with statement, so the file stays open until its object is freed.`, evidence: atLine(code, outside) };
    return facts.with.length > 0
      ? { passed: true, summary: `Every open() is in a with statement (${facts.with.length === 1 ? "line" : "lines"} ${listed(facts.with)}).` }
      : { passed: false, summary: "Your program has no with statement." };
  },
  "no-growing-global": (facts, _check, code) => {
    const [growing] = facts.growingGlobals;
    if (!growing) return { passed: true, summary: "No module-level list, dict or set keeps growing." };
    const [name, line] = growing;
    return { passed: false, summary: `\`${name}\` is a module-level container that grows at line ${line}: it keeps everything added to it for as long as the program runs.`, evidence: atLine(code, line) };
  },
};

/**
 * A fact about the program's source, read from its syntax tree (never from running it): a class
 * declares __slots__, a generator is made, every open() is in a with statement, no module-level
 * container grows. Code run from strings hides from the tree, so a program that has any fails.
 */
export const structure = checkKind({
  kind: "structure",
  schema: z.object({
    ...base,
    kind: z.literal("structure"),
    rule: z.enum(RULE_NAMES),
    /** defines-slots: the class that must declare __slots__. */
    class: z.string().optional(),
  }),
  // A program that does nothing has no growing global.
  role: (check) => (check.rule === "no-growing-global" ? "alongside" : "standalone"),
  questions: (_check, source): StructureQuestion[] => [{ kind: "structure", source }],
  evaluate(check, { answers, code }) {
    const facts = readAnswer(answer, answers[0]);
    if (isError(facts)) return unanswered(facts.error);
    const [dynamic] = facts.dynamicCode;
    if (dynamic) return { passed: false, summary: `Line ${dynamic} runs code from a string (exec, eval, compile or __import__), which the grader cannot look into: write that code out.`, evidence: atLine(code, dynamic) };
    return RULES[check.rule](facts, check, code);
  },
});
