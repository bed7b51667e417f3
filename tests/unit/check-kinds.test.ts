import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { type Check, CHECK_KINDS, checkSchema, evaluateCheck, questionsFor } from "@/engine/grading/checks/registry";
import type { RunResult } from "@/engine/protocol";

/**
 * The registry ties each kind of check (engine/grading/checks/<kind>.ts) to the probe's function
 * that answers its questions (HANDLERS in engine/probe/heapwise_probe/inspection.py). Run under
 * native python3: every question a kind asks has its function, no function is left without a kind,
 * and what each function answers is what its kind reads.
 */
const PROBE_DIR = path.resolve(import.meta.dirname, "../../engine/probe");

/** The probe's answers to `questions` about `program`, run as a module under native python3. */
function answersOf(program: string, questions: unknown[]): { handlers: string[]; answers: unknown[] } {
  const script = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
from heapwise_probe import inspection
request = json.load(sys.stdin)
namespace = {"__name__": "__main__"}
exec(compile(request["program"], "main.py", "exec"), namespace)
answers = [inspection.answer(question, namespace, {}) for question in request["questions"]]
print(json.dumps({"handlers": sorted(inspection.HANDLERS), "answers": answers}))
`;
  const result = spawnSync("python3", ["-c", script, PROBE_DIR], { input: JSON.stringify({ program, questions }), encoding: "utf8", env: { PATH: process.env.PATH, PYTHONDONTWRITEBYTECODE: "1", NODE_ENV: "test" } });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { handlers: string[]; answers: unknown[] };
}

const PROGRAM = `import weakref
class Node:
    pass
kept = Node()
ref = weakref.ref(kept)
class Point:
    __slots__ = ("x", "y")
def square(n):
    return n * n
numbers = [1, 2, 3]
`;

/** One check of each kind that asks the probe anything, each passed by PROGRAM. */
const ASKING: object[] = [
  { kind: "collected", atLeast: 0 },
  { kind: "alive", class: "Node", equals: 1 },
  { kind: "sizeof", expr: "numbers", bits: 64, atMost: 200 },
  { kind: "structure", rule: "defines-slots", class: "Point" },
  { kind: "weakref", expr: "ref", dead: false },
  { kind: "call", function: "square", cases: [{ args: [3], returns: 9 }] },
];

it("lists each kind once", () => {
  const kinds = CHECK_KINDS.map((kind) => kind.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
});

it("asks only questions the probe has a function for, and the probe has none no kind asks", () => {
  const checks = ASKING.map((fields, index) => checkSchema.parse({ id: `check-${index}`, title: "t", ...fields }));
  const { questions } = questionsFor(checks, PROGRAM);
  const { handlers, answers } = answersOf(PROGRAM, questions);
  expect([...new Set(questions.map((question) => question.kind))].sort()).toEqual(handlers);
  expect(answers.every((answer) => typeof answer === "object" && answer !== null && !("error" in answer)), JSON.stringify(answers)).toBe(true);
});

it("reads every kind's answers as the probe writes them", () => {
  const checks: Check[] = ASKING.map((fields, index) => checkSchema.parse({ id: `check-${index}`, title: "t", ...fields }));
  const { questions, positions } = questionsFor(checks, PROGRAM);
  const { answers } = answersOf(PROGRAM, questions);
  const collected = answers[positions.get("check-0")?.[0] ?? -1] as { collected: number };
  const result = { trace: null, stdout: "", inspection: { programStdout: "", programStderr: "", collectedBefore: collected.collected, answers } } as unknown as RunResult;
  const verdicts = checks.map((check) => evaluateCheck(check, { result, code: PROGRAM, starter: "", answers: (positions.get(check.id) ?? []).map((position) => answers[position]) }));
  expect(verdicts.filter((verdict) => !verdict.passed)).toEqual([]);
  expect(verdicts.map((verdict) => verdict.summary)).toEqual([
    "The garbage collector freed 0 objects while your program ran (at least 0 expected).",
    "1 Node object is still alive at the end of your program (exactly 1 expected).",
    "sys.getsizeof(numbers) is 88 bytes on 64-bit CPython (at most 200 bytes expected).",
    "Class Point declares __slots__.",
    "At the end of your program, the weak reference `ref` still leads to <Node object>, which is alive.",
    "`square` gave the right result in 1 of 1 case.",
  ]);
});
