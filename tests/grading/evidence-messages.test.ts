import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { type Check, checkSchema } from "@/engine/grading/checks/registry";
import type { PublicExercise } from "@/engine/grading/exercise";
import { grade, type GradeResult } from "@/engine/grading/grade";
import { enginePoolForThisFile } from "../support/engine-pool";

/**
 * Every message a learner can read in a grade, each driven through the real grader on the real
 * engine: how a run that stopped is explained, and every summary and piece of evidence of every
 * kind of check, passed, failed and not counted. The list is committed (evidence-messages.golden.txt)
 * to be read through as a learner would; UPDATE_EVIDENCE=1 rewrites it. Not driven: "crashed" (the
 * interpreter itself failing), which no program can cause on purpose.
 */
const pool = enginePoolForThisFile({ size: 1 });
const run = pool.run.bind(pool);
const UPDATE = process.env.UPDATE_EVIDENCE === "1";
const GOLDEN = path.join(import.meta.dirname, "evidence-messages.golden.txt");
const cheat = (file: string) => fs.readFileSync(path.join(import.meta.dirname, "cheats", file), "utf8");

type Case = { name: string; checks: object[]; program: string; starter?: string; limits?: PublicExercise["limits"] };

const limits = { id: "finishes", kind: "limits", title: "finishes within the limits" };
const collects = { id: "collects", kind: "collected", title: "the collector frees the two nodes", atLeast: 2 };
const CYCLE = "import gc\nclass Node:\n    pass\na, b = Node(), Node()\na.other, b.other = b, a\n";
const refcount = (expr: string) => ({ id: "count", kind: "refcount", title: `${expr} has three references`, expr, mark: "count", equals: 3 });
const MARKED = 'import sys\ndata = [1, 2, 3]\nholders = [data]\nindex = {"data": data}\nclass Box:\n    pass\nbox = Box()\nbox.item = data\nprint(sys.getrefcount(data))  # mark: count\n';
const structure = (rule: string, extra: object = {}) => ({ id: "rule", kind: "structure", title: rule, rule, ...extra });
const call = (hidden: boolean) => ({ id: "calls", kind: "call", title: "square", function: "square", hidden, cases: [{ args: [3], returns: 9 }] });

const CASES: Case[] = [
  // How a run that did not reach its end is explained.
  { name: "runs to its end", checks: [limits, collects], program: `${CYCLE}del a, b\ngc.collect()\n` },
  { name: "runs past the time limit", checks: [limits, collects], program: "while True:\n    pass\n", limits: { timeoutMs: 1000 } },
  { name: "runs out of memory", checks: [limits, collects], program: "blocks = [bytearray(10_000_000) for _ in range(100)]\n", limits: { maxMemoryBytes: 64 * 1024 * 1024 } },
  { name: "prints past the output limit", checks: [limits, collects], program: 'print("x" * 2_000_000)\n' },
  { name: "raises an exception", checks: [limits, collects], program: 'print("started")\nratio = 1 / 0\n' },
  { name: "has a SyntaxError", checks: [limits, collects], program: "print(True\n" },
  { name: "leaves early through sys.exit(0)", checks: [limits, collects], program: `import sys\nsys.exit(0)\n${CYCLE}` },
  { name: "exits with status 2", checks: [limits, collects], program: "import sys\nsys.exit(2)\n" },
  { name: "reaches JavaScript", checks: [refcount("data")], program: cheat("25-js-forges-the-trace.py"), starter: MARKED },
  // stdout
  ...[
    ["prints what is expected", "print(3)\n"],
    ["prints something else", "print(4)\n"],
    ["prints nothing", "x = 3\n"],
  ].map(([name = "", program = ""]) => ({ name: `stdout equals: ${name}`, checks: [collects, { id: "prints", kind: "stdout", title: "prints 3", equals: "3", requires: ["collects"] }], program: CYCLE + program })),
  ...[
    ["matches", 'print("found 2 objects")\n'],
    ["does not match", 'print("found none")\n'],
    ["prints nothing", "x = 3\n"],
  ].map(([name = "", program = ""]) => ({ name: `stdout matches: ${name}`, checks: [collects, { id: "prints", kind: "stdout", title: "prints a count", matches: "found \\d+ objects", requires: ["collects"] }], program: CYCLE + program })),
  // refcount
  { name: "refcount: the marked line is gone", checks: [refcount("data")], program: "data = [1]\n", starter: MARKED },
  { name: "refcount: the marked line was changed", checks: [refcount("data")], program: MARKED.replace("print(sys.getrefcount(data))", "print(3)"), starter: MARKED },
  { name: "refcount: the marked line never runs", checks: [refcount("data")], program: MARKED.replace("print(sys.getrefcount(data))", "if False:\n    print(sys.getrefcount(data))"), starter: MARKED.replace("print(sys.getrefcount(data))", "    print(sys.getrefcount(data))") },
  { name: "refcount: the name is not defined", checks: [refcount("data")], program: 'print("counting")  # mark: count\n', starter: 'print("counting")  # mark: count\n' },
  { name: "refcount: the first name of a path is not defined", checks: [refcount("stack[0]")], program: MARKED, starter: MARKED },
  { name: "refcount: a list has no such item", checks: [refcount("holders[5]")], program: MARKED, starter: MARKED },
  { name: "refcount: a dict has no such key", checks: [refcount('index["nope"]')], program: MARKED, starter: MARKED },
  { name: "refcount: an object has no such attribute", checks: [refcount("box.parent")], program: MARKED, starter: MARKED },
  { name: "refcount: as expected", checks: [{ ...refcount("data"), equals: 4 }], program: MARKED, starter: MARKED },
  {
    name: "refcount: not as expected, with what holds the object",
    checks: [refcount("data")],
    program: `${MARKED.replace("print(sys.getrefcount(data))  # mark: count\n", "")}def show(item):\n    print(sys.getrefcount(data))  # mark: count\nshow(data)\n`,
    starter: "def show(item):\n    print(sys.getrefcount(data))  # mark: count\n",
  },
  // collected
  { name: "collected: as expected", checks: [collects], program: `${CYCLE}del a, b\ngc.collect()\n` },
  { name: "collected: no collection ran", checks: [collects], program: `${CYCLE}del a, b\n` },
  { name: "collected: collections ran, the cycle is still named", checks: [collects], program: `${CYCLE}gc.collect()\n` },
  {
    name: "collected: collections ran, as the full trace shows",
    checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", equals: 0, requires: ["collects"] }],
    program: `${CYCLE}gc.collect()\n`,
  },
  // alive
  { name: "alive: none left", checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", equals: 0, requires: ["collects"] }], program: `${CYCLE}del a, b\ngc.collect()\n` },
  { name: "alive: as many as expected", checks: [{ id: "some", kind: "alive", title: "two Nodes", class: "Node", atLeast: 1 }], program: CYCLE },
  { name: "alive: still reachable through a dict", checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", atMost: 0, requires: ["collects"] }], program: `${CYCLE}cache = {"first": a}\ndel a, b\ngc.collect()\n` },
  { name: "alive: still reachable through attributes", checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", equals: 0, requires: ["collects"] }], program: `${CYCLE}class Holder:\n    pass\nholder = Holder()\nholder.node = a\ndel a, b\n` },
  { name: "alive: kept by a cycle no name reaches", checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", equals: 0, requires: ["collects"] }], program: `${CYCLE}gc.disable()\ndel a, b\n` },
  // peakMemory
  {
    name: "not counted: waits for two checks",
    checks: [collects, { id: "dead", kind: "weakref", title: "the image is freed", expr: "ref", dead: true }, { id: "prints", kind: "stdout", title: "prints 3", equals: "3", requires: ["collects", "dead"] }],
    program: "import weakref\nclass Image:\n    pass\nimage = Image()\nref = weakref.ref(image)\nprint(3)\n",
  },
  { name: "peakMemory: under the limit", checks: [collects, { id: "peak", kind: "peakMemory", title: "small", atMost: 1_000_000, requires: ["collects"] }], program: `${CYCLE}del a, b\ngc.collect()\n` },
  {
    name: "peakMemory: over the limit, where the full trace shows",
    checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", equals: 0, requires: ["collects"] }, { id: "peak", kind: "peakMemory", title: "small", atMost: 100_000, requires: ["collects"] }],
    program: `${CYCLE}del a, b\ngc.collect()\nbig = list(range(100_000))\n`,
  },
  { name: "peakMemory: over the limit", checks: [collects, { id: "peak", kind: "peakMemory", title: "small", atMost: 100_000, requires: ["collects"] }], program: `${CYCLE}del a, b\ngc.collect()\nbig = list(range(100_000))\n` },
  { name: "peakMemory: tracemalloc stopped by the program", checks: [collects, { id: "peak", kind: "peakMemory", title: "small", atMost: 100_000, requires: ["collects"] }], program: `${CYCLE}del a, b\ngc.collect()\nimport tracemalloc\ntracemalloc.stop()\n` },
  // sizeof
  { name: "sizeof: as expected", checks: [{ id: "size", kind: "sizeof", title: "small", expr: "numbers", bits: 32, atMost: 200 }], program: "numbers = (n for n in range(10))\n" },
  { name: "sizeof: too big", checks: [{ id: "size", kind: "sizeof", title: "small", expr: "numbers", bits: 64, atMost: 200 }], program: "numbers = list(range(1000))\n" },
  { name: "sizeof: cannot be evaluated", checks: [{ id: "size", kind: "sizeof", title: "small", expr: "numbers", bits: 64, atMost: 200 }], program: "count = 3\n" },
  { name: "sizeof: a generator, which has no 64-bit size", checks: [{ id: "size", kind: "sizeof", title: "small", expr: "numbers", bits: 64, atMost: 200 }], program: "numbers = (n for n in range(10))\n" },
  { name: "sizeof: its own __sizeof__", checks: [{ id: "size", kind: "sizeof", title: "small", expr: "numbers", bits: 64, atMost: 200 }], program: "class Tiny(list):\n    def __sizeof__(self):\n        return 8\nnumbers = Tiny(range(1000))\n" },
  // structure
  { name: "structure: code from a string", checks: [structure("uses-generator")], program: 'exec("squares = (n * n for n in range(3))")\n' },
  { name: "structure: __slots__ declared", checks: [structure("defines-slots", { class: "Point" })], program: "class Point:\n    __slots__ = ('x', 'y')\n" },
  { name: "structure: __slots__ missing from a named class", checks: [structure("defines-slots", { class: "Point" })], program: "class Point:\n    pass\n" },
  { name: "structure: __slots__ in no class", checks: [structure("defines-slots")], program: "class Point:\n    pass\n" },
  { name: "structure: a generator", checks: [structure("uses-generator")], program: "squares = (n * n for n in range(3))\n" },
  { name: "structure: no generator", checks: [structure("uses-generator")], program: "squares = [n * n for n in range(3)]\n" },
  { name: "structure: open() in with", checks: [structure("uses-with")], program: 'with open("notes.txt", "w") as f:\n    f.write("hi")\n' },
  { name: "structure: open() outside with", checks: [structure("uses-with")], program: 'f = open("notes.txt", "w")\nf.close()\n' },
  { name: "structure: no with", checks: [structure("uses-with")], program: "x = 1\n" },
  { name: "structure: no growing global", checks: [collects, { ...structure("no-growing-global"), requires: ["collects"] }], program: `${CYCLE}del a, b\ngc.collect()\n` },
  { name: "structure: a growing global", checks: [collects, { ...structure("no-growing-global"), requires: ["collects"] }], program: "log = []\nfor i in range(3):\n    log.append(i)\n" },
  // weakref
  { name: "weakref: dead as expected", checks: [{ id: "dead", kind: "weakref", title: "dead", expr: "ref", dead: true }], program: "import weakref\nclass Image:\n    pass\nimage = Image()\nref = weakref.ref(image)\ndel image\n" },
  { name: "weakref: alive, dead expected", checks: [{ id: "dead", kind: "weakref", title: "dead", expr: "ref", dead: true }], program: "import weakref\nclass Image:\n    pass\nimage = Image()\nref = weakref.ref(image)\n" },
  { name: "weakref: dead, alive expected", checks: [{ id: "alive", kind: "weakref", title: "alive", expr: "ref", dead: false }], program: "import weakref\nclass Image:\n    pass\nref = weakref.ref(Image())\n" },
  { name: "weakref: not a weak reference", checks: [{ id: "dead", kind: "weakref", title: "dead", expr: "ref", dead: true }], program: "ref = {}\n" },
  { name: "weakref: not defined", checks: [{ id: "dead", kind: "weakref", title: "dead", expr: "ref", dead: true }], program: "x = 1\n" },
  // call
  { name: "call: right", checks: [call(false)], program: "def square(n):\n    return n * n\n" },
  { name: "call: a wrong value", checks: [call(false)], program: "def square(n):\n    return n + n\n" },
  { name: "call: raises", checks: [call(false)], program: "def square(n):\n    return n / 0\n" },
  { name: "call: not defined", checks: [call(false)], program: "def cube(n):\n    return n ** 3\n" },
  { name: "call: not a plain value", checks: [call(false)], program: "def square(n):\n    yield n * n\n" },
  { name: "call: hidden, a wrong value", checks: [call(true)], program: "def square(n):\n    return n + n\n" },
  { name: "call: hidden, raises", checks: [call(true)], program: "def square(n):\n    return n / 0\n" },
  // interference
  { name: "a program that rewrites the grader's questions", checks: [{ id: "dead", kind: "weakref", title: "dead", expr: "last_ref", dead: true }], program: cheat("23-rewrites-the-questions.py") },
  { name: "a program that replaces the builtins the grader uses", checks: [collects, { id: "none", kind: "alive", title: "no Node", class: "Node", equals: 0, requires: ["collects"] }], program: cheat("22-replaces-builtins-the-probe-uses.py") },
];

function exercise(testCase: Case): PublicExercise {
  const checks: Check[] = testCase.checks.map((check) => checkSchema.parse(check));
  return { id: "evidence", title: testCase.name, lesson: null, versions: ["3.14"], python: "3.14", limits: testCase.limits ?? {}, prompt: "", starter: testCase.starter ?? "", hints: [], contentHash: "", checks };
}

function transcript(name: string, result: GradeResult): string {
  const lines = [`## ${name}`, `score ${result.score}`];
  if (result.stopped) lines.push(`stopped: ${result.stopped}`);
  for (const check of result.checks) {
    lines.push(`[${check.state}] ${check.summary}`);
    const evidence = check.evidence ?? {};
    if (evidence.expected !== undefined) lines.push(`    expected: ${JSON.stringify(evidence.expected)}`);
    if (evidence.actual !== undefined) lines.push(`    actual: ${JSON.stringify(evidence.actual)}`);
    if (evidence.holders) lines.push(`    held by: ${evidence.holders.join("; ")}`);
    if (evidence.reachedBy) lines.push(`    still reachable as: ${evidence.reachedBy}`);
    if (evidence.chain) lines.push(`    still reachable through: ${evidence.chain.join(" → ")}`);
    if (evidence.line) lines.push(`    line ${evidence.line.number}: ${evidence.line.text}`);
    if (evidence.note) lines.push(`    note: ${evidence.note}`);
  }
  // A traced peak moves by a few hundred bytes from run to run (the probe's own allocations): the wording is what is kept.
  return lines.join("\n").replace(/peaked at [\d,]+ bytes/g, "peaked at N bytes");
}

it("words every evidence message for a learner, as the golden list has them", async () => {
  const parts: string[] = [];
  for (const testCase of CASES) {
    const result = await grade(exercise(testCase), testCase.program, { run, mode: "authoritative" });
    parts.push(transcript(testCase.name, result));
  }
  const text = `${parts.join("\n\n")}\n`;
  if (UPDATE) fs.writeFileSync(GOLDEN, text);
  expect(fs.existsSync(GOLDEN), "no golden list: run UPDATE_EVIDENCE=1 npx vitest run tests/grading/evidence-messages.test.ts").toBe(true);
  expect(text).toBe(fs.readFileSync(GOLDEN, "utf8"));
}, 300_000);
