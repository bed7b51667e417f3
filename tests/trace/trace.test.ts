import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { resolvePath } from "@/engine/grading/object-path";
import { heapAt } from "@/engine/trace/heap-at";
import type { HeapObject, Step, Trace } from "@/engine/trace/schema";
import { enginePoolForThisFile } from "../support/engine-pool";

/**
 * What the trace records, checked against what the same CPython reports to the program itself
 * (the program prints gc.collect()'s count, sys.getsizeof, its own output): never numbers typed here.
 */
const pool = enginePoolForThisFile({ size: 1 });

async function traceOf(source: string, python: (typeof PYTHON_VERSIONS)[number], { maxSteps, timeoutMs }: { maxSteps?: number; timeoutMs?: number } = {}) {
  const result = await pool.run(source, { python, trace: maxSteps ? { maxSteps } : true, timeoutMs });
  expect(result.stderr).toBe("");
  return { result, trace: result.trace as Trace };
}

/** The object a name (or a path like `a[0]`) leads to at that step, read as the grader reads it. */
function objectNamed(trace: Trace, step: Step, path: string): HeapObject | undefined {
  return resolvePath(path, step, heapAt(trace, step.index)) ?? undefined;
}

const firstStepAt = (trace: Trace, line: number) => trace.steps.find((step) => step.line === line);

const CYCLE = `import gc
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
found = gc.collect()
print(found)
done = True
`;

describe.each(PYTHON_VERSIONS)("the trace on Python %s", (python) => {
  it("flags a cycle no name reaches as garbage until the collector frees it, and records the collection", async () => {
    const { result, trace } = await traceOf(CYCLE, python);
    const waiting = firstStepAt(trace, 8);
    const after = firstStepAt(trace, 10);
    if (!waiting || !after) throw new Error("missing steps");
    const garbage = [...heapAt(trace, waiting.index).values()].filter((object) => object.unreachable);
    expect(garbage.map((object) => object.type).filter((type) => type === "Node")).toHaveLength(2);
    expect([...heapAt(trace, after.index).values()].some((object) => object.unreachable)).toBe(false);
    const collection = trace.gcEvents.find((event) => event.step === waiting.index);
    expect(collection).toMatchObject({ generation: 2, collected: Number(result.stdout.trim()) });
  });

  it("records only the lines asked for, with the same heap and refcounts there as a trace of every line", async () => {
    const source = `import sys
def keep(item, into):
    into.append(item)
    return len(into)  # line 4
items = []
for value in range(3):
    keep([value], items)
shared = items[0]
print(sys.getrefcount(shared) - 1)
end = True
`;
    const full = await traceOf(source, python);
    const result = await pool.run(source, { python, trace: { lines: [4, 10] } });
    const sparse = result.trace as Trace;
    expect(result.stdout).toBe(full.result.stdout);
    // A marked line inside a function is recorded each time the function runs, and no other line is.
    expect(sparse.steps.map((step) => step.line)).toEqual([4, 4, 4, 10]);
    const everyLine = full.trace.steps.filter((step) => step.line === 4 || step.line === 10);
    expect(everyLine.map((step) => step.line)).toEqual([4, 4, 4, 10]);
    for (const [index, step] of sparse.steps.entries()) {
      const reference = everyLine[index];
      if (!reference) throw new Error("missing step");
      for (const name of ["items", "items[0]", "shared"]) {
        expect(objectNamed(sparse, step, name)?.refcount, `${name} at step ${index}`).toBe(objectNamed(full.trace, reference, name)?.refcount);
      }
      expect(objectNamed(sparse, step, "into")?.refcount).toBe(objectNamed(full.trace, reference, "into")?.refcount);
    }
    // What the program printed (sys.getrefcount, untraced by the probe) is what the last step reads.
    const last = sparse.steps.at(-1);
    if (!last) throw new Error("no step");
    expect(objectNamed(sparse, last, "shared")?.refcount).toBe(Number(result.stdout.trim()));
  });

  it("names objects by the id() the program sees", async () => {
    const { result, trace } = await traceOf("x = [1]\ny = {'k': x}\nprint(id(x), id(y))\nend = 1\n", python);
    const step = firstStepAt(trace, 4);
    if (!step) throw new Error("missing step");
    expect(`${step.globals.x} ${step.globals.y}`).toBe(result.stdout.trim());
    expect(objectNamed(trace, step, "y")?.edges).toContainEqual(["k", step.globals.x, "ref"]);
  });

  it("shows who references whom, with weak references as their own kind of edge", async () => {
    const { trace } = await traceOf("import weakref\nclass T:\n    pass\nt = T()\nr = weakref.ref(t)\nholder = [t]\nend = 1\n", python);
    const step = firstStepAt(trace, 7);
    if (!step) throw new Error("missing step");
    const ref = objectNamed(trace, step, "r");
    const holder = objectNamed(trace, step, "holder");
    const target = step.globals.t;
    expect(ref?.edges).toContainEqual(["referent", target, "weak"]);
    expect(holder?.edges).toContainEqual(["[0]", target, "ref"]);
  });

  it("summarises a big container: its first items and its length, never silently dropped", async () => {
    const { result, trace } = await traceOf("big = list(range(1000, 6000))\nprint(len(big))\n", python);
    const step = firstStepAt(trace, 2);
    const big = step && objectNamed(trace, step, "big");
    expect(big?.length).toBe(Number(result.stdout.trim()));
    expect(big?.edges.length).toBeGreaterThan(0);
    expect(big?.edges.length).toBeLessThan(big?.length ?? 0);
  });

  it("reports sys.getsizeof and the memory a line allocated", async () => {
    const { result, trace } = await traceOf("import sys\nbig = [None] * 100_000\nprint(sys.getsizeof(big))\n", python);
    const before = firstStepAt(trace, 2);
    const after = firstStepAt(trace, 3);
    const size = Number(result.stdout.trim());
    expect(after && objectNamed(trace, after, "big")?.size).toBe(size);
    expect(trace.memory.source).toBe("probe");
    const grown = (after?.memory?.current ?? 0) - (before?.memory?.current ?? 0);
    // tracemalloc counts the list's allocation: its header and item array, as getsizeof does.
    expect(grown).toBeGreaterThanOrEqual(size - 64);
    expect(grown).toBeLessThan(size + 1024);
    expect(trace.memory.topLines[0]?.line).toBe(2);
  });

  it("records no memory over time when asked not to, and the same heap", async () => {
    const source = "items = [[i] for i in range(5)]\nlast = items[-1]\n";
    const withMemory = await traceOf(source, python);
    const result = await pool.run(source, { python, trace: { memory: false } });
    const trace = result.trace as Trace;
    expect(trace.memory).toEqual({ source: "none", peak: 0, topLines: [], smallBlocks: [] });
    expect(trace.steps.every((step) => step.memory === null)).toBe(true);
    // Pyodide 3.11's small ints have counts near 10^9 that any code moves (README): not compared.
    const count = (refcount: number) => (refcount < 1_000_000 ? refcount : "shared");
    const shape = (t: Trace) =>
      t.steps.map((step) => [...heapAt(t, step.index).values()].map((object) => `${object.type} ${object.repr} ${count(object.refcount)}`).sort());
    expect(shape(trace)).toEqual(shape(withMemory.trace));
  });

  it("caps the heap graph of a step with a note, marking the objects it did not walk into, never dropping them", async () => {
    // 400 lists in 20 rows, made without a line event per list (each step walks up to the cap).
    const source = "cells = list(map(list, [(0, 1)] * 400))\ngrid = list(map(list, zip(*[iter(cells)] * 20)))\ndel cells\ndone = True\n";
    const { trace } = await traceOf(source, python);
    const last = trace.steps.at(-1) as Step;
    const heap = heapAt(trace, last.index);
    const objects = [...heap.values()];
    const unexpanded = objects.filter((object) => object.unexpanded);
    // The grid holds 421 lists: the graph stops following references near the cap (300 objects)...
    expect(objects.length).toBeLessThan(421);
    expect(unexpanded.length).toBeGreaterThan(0);
    expect(unexpanded.every((object) => object.type === "list" && object.edges.length === 0)).toBe(true);
    // ...but every reference it shows leads to an object it recorded.
    for (const object of objects) for (const [, target] of object.edges) expect(heap.has(target)).toBe(true);
    expect(objectNamed(trace, last, "grid")?.unexpanded).toBeUndefined();
    expect(trace.notes.some((note) => /unexpanded/.test(note))).toBe(true);
  });

  it("stops at the step cap with a note and lets the program finish untraced", async () => {
    const source = "total = 0\nfor i in range(2000):\n    total += i\nprint(total)\n";
    const untraced = await pool.run(source, { python });
    const { result, trace } = await traceOf(source, python, { maxSteps: 50 });
    expect(result.stdout).toBe(untraced.stdout);
    expect(trace.steps).toHaveLength(50);
    expect(trace.truncated?.maxSteps).toBe(50);
    expect(trace.truncated?.note).toMatch(/50 steps/);
  });

  it("counts the program's own time against the time limit, not the recording's, which stops with a note past its budget", async () => {
    // Untraced this takes a few milliseconds; recording its 90,000 lines takes far longer than 0.3 s.
    const source = "data = [[i] for i in range(250)]\nfor i in range(30_000):\n    data[i % 250][0] = i\nprint('done')\n";
    const result = await pool.run(source, { python, timeoutMs: 300, trace: { maxSteps: 100_000 } });
    expect(result.status).toBe("ok");
    expect(result.stdout).toBe("done\n");
    const trace = result.trace as Trace;
    expect(trace.truncated?.maxSteps).toBeNull();
    expect(trace.truncated?.note).toMatch(/^Recording stopped after [\d,]+ steps, which took 0\.6 s to record/);
    expect(trace.steps.length).toBeGreaterThan(0);
  });

  it("leaves the program's own output as it is untraced", async () => {
    const source = `import gc, sys
class Res:
    def __del__(self):
        print("freed")
def work():
    r = Res()
    lst = [r, r]
    print(sys.getrefcount(lst) if sys.version_info >= (3, 12) else "-")
    return len(lst)
print(work(), gc.collect())
`;
    const untraced = await pool.run(source, { python });
    const { result } = await traceOf(source, python);
    expect(result.stdout).toBe(untraced.stdout);
  });

  it("starts every run, traced or not, with nothing waiting for the collector, as python3 does", async () => {
    // The probe and the sandbox are set up before the interpreter's baseline: a module of theirs
    // left in a cycle would be collected by the program's first gc.collect().
    const source = "import gc\nprint(gc.collect())\n";
    const native = spawnSync("python3", ["-c", source], { encoding: "utf8" }).stdout;
    expect((await pool.run(source, { python })).stdout).toBe(native);
    expect((await traceOf(source, python)).result.stdout).toBe(native);
  });

  it("holds none of the program's strings between steps: a class's global name keeps its refcount", async () => {
    // The literal is the interned string that names the global (3.11: not immortal).
    const source = 'import sys\nclass Point:\n    pass\nfirst = Point()\nsecond = Point()\nprint(sys.getrefcount("Point"))\n';
    const untraced = await pool.run(source, { python });
    const { result } = await traceOf(source, python);
    expect(result.stdout).toBe(untraced.stdout);
  });

  it("puts each object in the generation gc.get_objects reports, across collections of each generation", async () => {
    const source = readFileSync(path.join(__dirname, "observed-programs", "generations.py"), "utf8");
    const { result, trace } = await traceOf(source, python);
    const found = JSON.parse(result.stdout) as Record<string, number | null>;
    // The heap as the print line finds it: after the program looked its objects up.
    const printLine = source.split("\n").findIndex((line) => line.startsWith("print(")) + 1;
    const step = trace.steps.findLast((each) => each.line === printLine) as Step;
    for (const [name, generation] of Object.entries(found)) expect([name, objectNamed(trace, step, name)?.generation]).toEqual([name, generation]);
  });

  it("runs none of the program's code while it observes: no __getattribute__, __class__, __eq__, __len__...", async () => {
    const source = readFileSync(path.join(__dirname, "observed-programs", "loud-classes.py"), "utf8");
    const untraced = await pool.run(source, { python });
    const { result, trace } = await traceOf(source, python);
    expect(result.stdout).toBe(untraced.stdout);
    const last = trace.steps.at(-1) as Step;
    // The disguised object is shown as what it is, not as the int its __class__ claims.
    expect(objectNamed(trace, last, "disguised")?.type).toBe("Disguised");
  });

  it("records every object a name or an edge leads to, at every step", async () => {
    const source = `import weakref
class Plain:
    def __init__(self):
        self.kind = int
        self.items = [1, 2]
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = Plain
        self.b = (1, 2)
def outer(x, y=[3]):
    def inner():
        return x
    return inner
p, s = Plain(), Slotted()
f = outer({1: "one", (2, 3): "pair"})
m = p.__init__
w = weakref.ref(p)
g = (i for i in range(3))
next(g)
fs, st = frozenset({1, 2}), {3, 4}
big = {i: [i] for i in range(30)}
try:
    raise ValueError("x")
except ValueError as e:
    err = e
end = 1
`;
    const { trace } = await traceOf(source, python);
    expect(trace.steps.length).toBeGreaterThan(20);
    for (const step of trace.steps) {
      const heap = heapAt(trace, step.index);
      const roots = [...step.frames.flatMap((frame) => Object.values(frame.locals)), ...Object.values(step.globals)];
      const missing = [
        ...roots.filter((id) => !heap.has(id)).map((id) => `root ${id}`),
        ...[...heap.values()].flatMap((object) =>
          object.edges.filter(([, target]) => !heap.has(target)).map(([label]) => `${object.type}.${label}`),
        ),
      ];
      expect(missing, `step ${step.index} (line ${step.line})`).toEqual([]);
    }
  });

  it("sees a container's contents change even when no refcount does", async () => {
    // Small ints and interned strings may be immortal (3.12+): replacing one changes no count.
    const source = `a = [4, "x"]
b = {"k": a}
a[0] = 5
a[1] = "y"
b["k"] = (a, 7)
print(repr(a[0]), repr(a[1]), repr(b["k"][1]))
end = 1
`;
    const { result, trace } = await traceOf(source, python);
    const step = firstStepAt(trace, 7);
    if (!step) throw new Error("missing step");
    const reprs = ["a[0]", "a[1]", 'b["k"][1]'].map((path) => objectNamed(trace, step, path)?.repr);
    expect(reprs.join(" ")).toBe(result.stdout.trim());
  });
});

describe("the trace on Python 3.14", () => {
  it("keeps the collector's allocation count where the untraced program has it, at every line", async () => {
    const source = readFileSync(path.join(__dirname, "observed-programs", "collector-count.py"), "utf8");
    const untraced = await pool.run(source, { python: "3.14" });
    // 800 steps with memory over time: a roomy time limit, for a loaded machine.
    const { result, trace } = await traceOf(source, "3.14", { timeoutMs: 60_000 });
    expect(trace.steps.length).toBeGreaterThan(500);
    expect(result.stdout).toBe(untraced.stdout);
    expect(trace.notes.some((note) => /gc\.get_count/.test(note))).toBe(false);
  });
});
