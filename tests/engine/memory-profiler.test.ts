/**
 * engine/probe/memory_profiler.py: memory_profiler's @profile table computed from tracemalloc, under
 * the machine's native CPython (3.11: the sys.settrace path) and inside Pyodide 3.14 (the
 * sys.monitoring path, and sys.settrace where PROFILER_ID is taken). Every figure a table is checked
 * against comes from the same CPython run: the program measures its own tracemalloc deltas and counts
 * its own line executions with sys.settrace, which is what the real memory_profiler counts with.
 * memory-profiler-311.test.ts does the same inside Pyodide 3.11, one Pyodide release per process.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MODULE = path.resolve("engine/probe/memory_profiler.py");
const MIB = 1024 * 1024;
// memory_profiler 0.61's header and rule, character for character.
const HEADER = "Line #    Mem usage    Increment  Occurrences   Line Contents";
const RULE = "=".repeat(61);

// Helpers every program starts with. `executions` is the ground truth for Occurrences: the lines of
// the undecorated function as sys.settrace reports them, and one count on the first line (the
// decorator line, where memory_profiler charges the memory at entry) per call.
const PRELUDE = `
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

type Program = {
  name: string;
  body: string;
  /** The decorated function whose tables the program prints. */
  profiled: string;
  tables: number;
  precision: number;
  /** Rows whose Increment must match a delta the program measured: [line contents, truth key, sign]. */
  increments: [string, string, 1 | -1][];
};

const PROGRAMS: Program[] = [
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
const CHAINED_TRACER = `
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
const TAKE_PROFILER_ID = `
monitoring = sys.monitoring
monitoring.use_tool_id(monitoring.PROFILER_ID, "another profiler")
`;
const RELEASE_PROFILER_ID = `
monitoring.free_tool_id(monitoring.PROFILER_ID)
`;
const PROFILER_ID_TAKEN = `${TAKE_PROFILER_ID}
@profile(precision=3)
def build():
    data = list(range(10**5))
    del data

emit("executions", executions(build.__wrapped__))
emit("before", hook_state())
build()
emit("after", hook_state())
${RELEASE_PROFILER_ID}`;

type Row = { line: number; usage: string; increment: string; occurrences: string; contents: string };
type Table = { filename: string; note: string; rows: Row[] };
type Run = { stdout: string; tables: Table[]; truth: Record<string, unknown> };

/** Splits memory_profiler's output into tables; rows are cut at the template's fixed columns. */
function parse(stdout: string): Run {
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

function checkTables(run: Run, source: string, filename: string, profiled: string, tables: number, precision: number): void {
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

function checkHooks(run: Run): void {
  expect(run.truth.imported, "importing the module changes nothing").toEqual(run.truth.pristine);
  expect(run.truth.after, "the profiled call leaves no hook behind").toEqual(run.truth.before);
}

function checkProgram(run: Run, program: Program, filename: string): void {
  checkTables(run, PRELUDE + program.body, filename, program.profiled, program.tables, program.precision);
  checkIncrements(run, program);
  checkHooks(run);
  if (program.name === "raises") expect(run.truth.caught).toBe("gave up after 1000000 bytes");
}

function checkChainedTracer(run: Run, filename: string, body = CHAINED_TRACER): void {
  checkTables(run, PRELUDE + body, filename, "work", 1, 1);
  expect(run.truth.profiled).toEqual(run.truth.unprofiled);
  expect(run.truth.unprofiled).toContainEqual(["helper", "line", expect.any(Number), 1]);
  expect(run.truth.unprofiled).toContainEqual(["work", "line", expect.any(Number), 2]);
  expect(run.truth.still_installed).toBe(true);
}

describe("memory_profiler under native CPython", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-memory-profiler-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function runNative(name: string, body: string): { run: Run; file: string } {
    const file = path.join(dir, `${name}.py`);
    fs.writeFileSync(file, PRELUDE + body);
    const result = spawnSync("python3", [file], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, PYTHONPATH: path.dirname(MODULE), PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", NODE_ENV: "test" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return { run: parse(result.stdout), file };
  }

  it.each(PROGRAMS.map((program) => [program.name, program] as const))("%s", (_name, program) => {
    const { run, file } = runNative(program.name, program.body);
    checkProgram(run, program, file);
  });

  it("chains to the trace function already installed", () => {
    const { run, file } = runNative("chained", CHAINED_TRACER);
    checkChainedTracer(run, file);
  });
});

type BatchedPyodide = {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string): unknown;
  setStdout(options: { batched: (line: string) => void }): void;
  setStderr(options: { batched: (line: string) => void }): void;
};

describe("memory_profiler inside Pyodide 3.14", () => {
  let pyodide: BatchedPyodide;
  let output: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const { loadPyodide } = (await import(pathToFileURL(path.resolve("node_modules/pyodide/pyodide.mjs")).href)) as {
      loadPyodide: (options: { indexURL: string }) => Promise<BatchedPyodide>;
    };
    pyodide = await loadPyodide({ indexURL: path.resolve("node_modules/pyodide") + "/" });
    pyodide.FS.mkdirTree("/heapwise/probe");
    pyodide.FS.writeFile("/heapwise/probe/memory_profiler.py", fs.readFileSync(MODULE, "utf8"));
    pyodide.runPython("import sys; sys.path.insert(0, '/heapwise/probe')");
    pyodide.setStdout({ batched: (line) => output.push(line) });
    pyodide.setStderr({ batched: (line) => errors.push(line) });
  });

  /** Runs the program as a learner's file, in the one interpreter: no state may leak between them. */
  function runInPyodide(name: string, body: string): { run: Run; file: string } {
    const file = `/home/pyodide/${name}.py`;
    pyodide.FS.writeFile(file, PRELUDE + body);
    output = [];
    errors = [];
    pyodide.runPython(`import runpy; runpy.run_path(${JSON.stringify(file)}, run_name="__main__")`);
    expect(errors).toEqual([]);
    return { run: parse(output.join("\n") + "\n"), file };
  }

  it("runs Python 3.14", () => {
    expect(pyodide.runPython("import sys; f'{sys.version_info[0]}.{sys.version_info[1]}'")).toBe("3.14");
  });

  it.each(PROGRAMS.map((program) => [program.name, program] as const))("%s", (_name, program) => {
    const { run, file } = runInPyodide(program.name, program.body);
    checkProgram(run, program, file);
  });

  it("chains to the trace function already installed", () => {
    const { run, file } = runInPyodide("chained", CHAINED_TRACER);
    checkChainedTracer(run, file);
  });

  it("falls back to sys.settrace while another tool holds PROFILER_ID, and leaves that tool alone", () => {
    const { run, file } = runInPyodide("profiler_id_taken", PROFILER_ID_TAKEN);
    checkTables(run, PRELUDE + PROFILER_ID_TAKEN, file, "build", 1, 3);
    checkHooks(run);
    expect((run.truth.before as { profiler_tool: string }).profiler_tool).toBe("another profiler");
  });

  it("chains to the trace function already installed on that fallback too", () => {
    const body = TAKE_PROFILER_ID + CHAINED_TRACER + RELEASE_PROFILER_ID;
    const { run, file } = runInPyodide("chained_fallback", body);
    checkChainedTracer(run, file, body);
  });
});
