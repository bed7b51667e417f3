/**
 * What the memory_profiler tests share: the programs (each measures its own ground truth), the
 * parser of memory_profiler's tables, the checks, and a Pyodide runner. Not a test file itself, so
 * the native + 3.14 file and the 3.11 file (one Pyodide release per process) both import it.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect } from "vitest";
import { type CapturingPyodide, loadCapturingPyodide } from "../support/pyodide-in-process";

export const MODULE = path.resolve("engine/probe/memory_profiler.py");
const MIB = 1024 * 1024;
// memory_profiler 0.61's header and rule, character for character.
const HEADER = "Line #    Mem usage    Increment  Occurrences   Line Contents";
const RULE = "=".repeat(61);

// Helpers every program starts with. `executions` is the ground truth for Occurrences: the lines of
// the undecorated function as sys.settrace reports them, and one count on the first line (the
// decorator line, where memory_profiler charges the memory at entry) per call.
export const PRELUDE = `
import json, sys, tracemalloc

def emit(key, value):
    print("TRUTH " + json.dumps({key: value}))

def hook_state():
    monitoring = getattr(sys, "monitoring", None)
    return {
        "trace": repr(sys.gettrace()),
        "profiler_tool": monitoring.get_tool(monitoring.PROFILER_ID) if monitoring else None,
        "tracing": tracemalloc.is_tracing(),
    }

def executions(func, *args):
    code = func.__code__
    counts = {}
    def count(frame, event, arg):
        if frame.f_code is not code:
            return None
        if event in ("call", "line"):
            line = code.co_firstlineno if event == "call" else frame.f_lineno
            counts[line] = counts.get(line, 0) + 1
        return count
    sys.settrace(count)
    try:
        func(*args)
    except Exception:
        pass
    finally:
        sys.settrace(None)
    return counts

emit("pristine", hook_state())
from memory_profiler import profile
emit("imported", hook_state())
`;

export type Program = {
  name: string;
  body: string;
  /** The decorated function whose tables the program prints. */
  profiled: string;
  tables: number;
  precision: number;
  /** Rows whose Increment must match a delta the program measured: [line contents, truth key, sign]. */
  increments: [string, string, 1 | -1][];
};

export const PROGRAMS: Program[] = [
  {
    name: "build_and_delete",
    profiled: "build",
    tables: 1,
    precision: 3,
    increments: [
      ["data = list(range(10**5))", "allocated", 1],
      ["del data", "allocated", -1],
    ],
    body: `
def allocated():
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    data = list(range(10**5))
    after = tracemalloc.get_traced_memory()[0]
    del data
    tracemalloc.stop()
    return after - before

@profile(precision=3)
def build():
    data = list(range(10**5))

    total = len(data)
    del data
    return total

emit("allocated", allocated())
emit("executions", executions(build.__wrapped__))
emit("before", hook_state())
build()
emit("after", hook_state())
`,
  },
  {
    name: "called_three_times",
    profiled: "make",
    tables: 3,
    precision: 1,
    increments: [],
    body: `
@profile
def make(n):
    return [0] * n

# Already tracing: the profiler must leave tracemalloc on.
tracemalloc.start()
emit("executions", executions(make.__wrapped__, 10))
emit("before", hook_state())
for n in (10, 10**4, 10**6):
    make(n)
emit("after", hook_state())
`,
  },
  {
    name: "loop",
    profiled: "grow",
    tables: 1,
    precision: 3,
    // memory_profiler 0.61 adds a line's increments up over its executions.
    increments: [["chunks.append([i] * 10**5)", "allocated", 1]],
    body: `
def allocated(n):
    tracemalloc.start()
    chunks = []
    grown = 0
    for i in range(n):
        before = tracemalloc.get_traced_memory()[0]
        chunks.append([i] * 10**5)
        grown += tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return grown

@profile(precision=3)
def grow(n):
    chunks = []
    for i in range(n):
        chunks.append([i] * 10**5)
    total = 0
    for chunk in chunks: total += len(chunk)
    return total

emit("allocated", allocated(4))
emit("executions", executions(grow.__wrapped__, 4))
emit("before", hook_state())
# Learner code patching tracemalloc after the import must not change the figures.
patched = tracemalloc.get_traced_memory
tracemalloc.get_traced_memory = lambda: (10**12, 10**12)
grow(4)
tracemalloc.get_traced_memory = patched
emit("after", hook_state())
`,
  },
  {
    name: "raises",
    profiled: "explode",
    tables: 1,
    precision: 3,
    increments: [["kept = bytearray(n)", "allocated", 1]],
    body: `
def allocated(n):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = bytearray(n)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before

@profile(precision=3)
def explode(n):
    kept = bytearray(n)
    raise RuntimeError("gave up after %d bytes" % len(kept))

emit("allocated", allocated(10**6))
emit("executions", executions(explode.__wrapped__, 10**6))
emit("before", hook_state())
try:
    explode(10**6)
except RuntimeError as error:
    emit("caught", str(error))
emit("after", hook_state())
`,
  },
  {
    name: "recursion",
    profiled: "depth",
    tables: 1,
    precision: 1,
    increments: [],
    body: `
@profile
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

profiled = depth
depth = profiled.__wrapped__
emit("executions", executions(depth, 5))
depth = profiled
emit("before", hook_state())
depth(5)
emit("after", hook_state())
`,
  },
];

// A tracer installed before the profiled call (Heapwise's own, on 3.11) receives the same events with
// and without the profiler, and is the trace function again afterwards.
export const CHAINED_TRACER = `
def helper(k):
    return [k] * 3

@profile
def work(n):
    total = 0
    for i in range(n):
        total += len(helper(i))
    return total

events = []
def recorder(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append([frame.f_code.co_name, event, frame.f_lineno, 0])
    return local_recorder(1)

def local_recorder(generation):
    # Hands over to a new local tracer on every other line and returns None in between, which keeps
    # the current one: the profiler's chain must treat both the way CPython treats f_trace.
    def local(frame, event, arg):
        events.append([frame.f_code.co_name, event, frame.f_lineno, generation])
        if event == "line" and generation % 2:
            return local_recorder(generation + 1)
        return None
    return local

sys.settrace(recorder)
work.__wrapped__(3)
sys.settrace(None)
emit("unprofiled", events[:])
events.clear()
emit("executions", executions(work.__wrapped__, 3))
sys.settrace(recorder)
work(3)
still_installed = sys.gettrace() is recorder
sys.settrace(None)
emit("profiled", events)
emit("still_installed", still_installed)
`;

// cProfile holds PROFILER_ID from 3.12 on: the profiler then falls back to sys.settrace.
type Row = { line: number; usage: string; increment: string; occurrences: string; contents: string };
type Table = { filename: string; note: string; rows: Row[] };
export type Run = { stdout: string; tables: Table[]; truth: Record<string, unknown> };

/** Splits memory_profiler's output into tables; rows are cut at the template's fixed columns. */
export function parse(stdout: string): Run {
  const lines = stdout.split("\n");
  const truth: Record<string, unknown> = {};
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("TRUTH ")) Object.assign(truth, JSON.parse(line.slice(6)));
    if (!line.startsWith("Filename: ")) continue;
    expect(lines[i + 1]).toBe("");
    expect(lines[i + 3]).toBe(HEADER);
    expect(lines[i + 4]).toBe(RULE);
    const table: Table = { filename: line.slice("Filename: ".length), note: lines[i + 2] ?? "", rows: [] };
    for (i += 5; lines[i]; i++) {
      const row = lines[i] ?? "";
      table.rows.push({
        line: Number(row.slice(0, 6)),
        usage: row.slice(7, 19).trim(),
        increment: row.slice(20, 32).trim(),
        occurrences: row.slice(34, 44).trim(),
        contents: row.slice(47),
      });
    }
    expect(lines[i + 1], "a table ends with a blank line and another one").toBe("");
    tables.push(table);
  }
  return { stdout, tables, truth };
}

/** The decorated function's source, decorator line first, as the real profiler lists it. */
function sourceBlock(source: string, name: string): { first: number; lines: string[] } {
  const lines = source.split("\n");
  const def = lines.findIndex((line) => line.startsWith(`def ${name}(`));
  let first = def;
  while (lines[first - 1]?.startsWith("@")) first--;
  let end = def + 1;
  while (end < lines.length && !lines[end]?.startsWith("def ") && (lines[end] === "" || /^\s/.test(lines[end] ?? ""))) end++;
  while (lines[end - 1] === "") end--;
  return { first: first + 1, lines: lines.slice(first, end) };
}

function mib(cell: string, precision: number): number {
  expect(cell).toMatch(new RegExp(`^-?\\d+\\.\\d{${precision}} MiB$`));
  return Number(cell.slice(0, -4));
}

export function checkTables(run: Run, source: string, filename: string, profiled: string, tables: number, precision: number): void {
  expect(run.tables, run.stdout).toHaveLength(tables);
  const block = sourceBlock(source, profiled);
  const executions = run.truth.executions as Record<string, number>;
  for (const table of run.tables) {
    expect(table.filename).toBe(filename);
    expect(table.note).toMatch(/^Mem usage: .*tracemalloc.*not the process RSS.*WebAssembly/);
    expect(table.rows.map((row) => row.line)).toEqual(block.lines.map((_, i) => block.first + i));
    expect(table.rows.map((row) => row.contents)).toEqual(block.lines);
    for (const row of table.rows) {
      const runs = executions[String(row.line)] ?? 0;
      if (runs === 0) {
        expect([row.usage, row.increment, row.occurrences], `line ${row.line} never runs`).toEqual(["", "", ""]);
      } else {
        expect(Number(row.occurrences), `Occurrences of line ${row.line}`).toBe(runs);
        mib(row.usage, precision);
        mib(row.increment, precision);
      }
    }
  }
}

function checkIncrements(run: Run, program: Program): void {
  for (const [contents, key, sign] of program.increments) {
    const row = run.tables[0]?.rows.find((candidate) => candidate.contents.trim() === contents);
    const expected = (sign * (run.truth[key] as number)) / MIB;
    expect(Math.abs(mib(row?.increment ?? "", program.precision) - expected), `Increment of ${contents}`).toBeLessThanOrEqual(Math.abs(expected) * 0.05);
  }
}

export function checkHooks(run: Run): void {
  expect(run.truth.imported, "importing the module changes nothing").toEqual(run.truth.pristine);
  expect(run.truth.after, "the profiled call leaves no hook behind").toEqual(run.truth.before);
}

export function checkProgram(run: Run, program: Program, filename: string): void {
  checkTables(run, PRELUDE + program.body, filename, program.profiled, program.tables, program.precision);
  checkIncrements(run, program);
  checkHooks(run);
  if (program.name === "raises") expect(run.truth.caught).toBe("gave up after 1000000 bytes");
}

export function checkChainedTracer(run: Run, filename: string, body = CHAINED_TRACER): void {
  checkTables(run, PRELUDE + body, filename, "work", 1, 1);
  expect(run.truth.profiled).toEqual(run.truth.unprofiled);
  expect(run.truth.unprofiled).toContainEqual(["helper", "line", expect.any(Number), 1]);
  expect(run.truth.unprofiled).toContainEqual(["work", "line", expect.any(Number), 2]);
  expect(run.truth.still_installed).toBe(true);
}

/**
 * Loads one Pyodide release (npm package `pyodidePackage`) for the calling test file, with the module
 * on its sys.path, and returns how to run a program there as a learner's file, in the one
 * interpreter: no state may leak between them.
 */
export function pyodideForThisFile(pyodidePackage: string): {
  python(code: string): unknown;
  run(name: string, body: string): { run: Run; file: string };
} {
  let pyodide: CapturingPyodide | null = null;
  beforeAll(async () => {
    const loaded = await loadCapturingPyodide(path.resolve("node_modules", pyodidePackage));
    loaded.FS.mkdirTree("/heapwise/probe");
    loaded.FS.writeFile("/heapwise/probe/memory_profiler.py", fs.readFileSync(MODULE, "utf8"));
    loaded.runPython("import sys; sys.path.insert(0, '/heapwise/probe')");
    pyodide = loaded;
  });
  const loaded = () => {
    if (!pyodide) throw new Error("Pyodide is not loaded yet");
    return pyodide;
  };
  return {
    python: (code) => loaded().runPython(code),
    run(name, body) {
      const file = `/home/pyodide/${name}.py`;
      loaded().FS.writeFile(file, PRELUDE + body);
      loaded().takeOutput();
      loaded().runPython(`import runpy; runpy.run_path(${JSON.stringify(file)}, run_name="__main__")`);
      const { stdout, stderr } = loaded().takeOutput();
      expect(stderr).toEqual([]);
      return { run: parse(stdout.join("\n") + "\n"), file };
    },
  };
}
