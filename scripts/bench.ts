/**
 * `npm run bench`: the engine's performance, measured in one run on this machine, each figure next to
 * a baseline measured in the same run.
 *
 * 1. Cold load of CPython 3.14 (Pyodide) in this process, and a new interpreter from Pyodide's own memory
 *    snapshot: the baseline for 2.
 * 2. A fresh, isolated interpreter: Heapwise restores the interpreter's memory and file system in
 *    place after each run. Measured as the time of an empty program including that restore.
 * 3. A CPU-bound program's time on the engine (3.11 and the default 3.14) as a ratio to native
 *    python3 3.11, all timed inside the program so process start-up is left out.
 * 4. Isolated small runs per second through the sandboxed 2-process pool, against native python3
 *    started once per run (what a server without Pyodide would do).
 * 5. Tracing (3.14): a 1,000-step program traced with heap graphs, with and without memory over time
 *    (tracemalloc), against the same program untraced and against a naive tracer (every line: walk
 *    up to 200 reachable objects, record locals and refcounts) run inside the same interpreter; and
 *    the traced/untraced ratio of a line-heavy loop.
 * 6. What it costs that the host trusts nothing an interpreter says (issue 13: every message parsed
 *    with the protocol's schemas, the tripwire's report through shared memory, a trip ends the run at
 *    once): the engine as it was at BASELINE_COMMIT (checked out of git into a temporary folder and
 *    built there, host code included) against the engine as it is, through the sandboxed pool: a fresh
 *    interpreter per run (empty program, one process), small runs per second (two processes), a traced
 *    run, and a run that reaches JavaScript followed by a normal one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { EnginePool } from "../engine/node/engine-pool";
import { toRunRequest } from "../engine/run-options";
import { installBridgeTripwire } from "../engine/runtime/bridge-tripwire";
import { installHeapCap } from "../engine/runtime/heap-cap";
import { Interpreter } from "../engine/runtime/interpreter";
import { heapAt } from "../engine/trace/heap-at";
import type { LoadPyodide, Pyodide } from "../engine/runtime/pyodide-api";
import { PYTHON_FILES_BUNDLE, type PythonFiles } from "../engine/runtime/python-files";
import { createInterruptBuffer } from "../engine/runtime/signals";
import { median } from "./bench-support/statistics";

const root = path.resolve(import.meta.dirname, "..");
const ms = (value: number) => `${value.toFixed(1)} ms`;
const row = (label: string, value: string, note = "") => console.log(`${label.padEnd(46)} ${value.padStart(12)}  ${note}`);

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

const SMALL_PROGRAM = `
import gc, tracemalloc
tracemalloc.start()
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("collected", gc.collect())
print("tracing", tracemalloc.is_tracing())
tracemalloc.stop()
`;

const CPU_PROGRAM = `
import time
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
started = time.perf_counter()
total = 0
for i in range(200_000):
    total += i * i % 7
words = {}
for i in range(100_000):
    words[str(i % 1000)] = words.get(str(i % 1000), 0) + 1
fib(24)
print(f"{time.perf_counter() - started:.6f}")
`;

/** About 1,000 line events over a small, changing heap: what a lesson's step-through looks like. */
const STEPS_PROGRAM = `
class Node:
    def __init__(self, value, link):
        self.value = value
        self.link = link
head = None
ring = [None] * 16
index = {}
for i in range(200):
    head = Node(i, head if i % 16 else None)
    ring[i % 16] = head
    index[i % 7] = [head, i]
`;

/** The recipe's starting point, measured here: a line tracer that walks up to 200 reachable objects per step. */
const NAIVE_TRACER = `
import gc, sys
records = []
def walk(frame):
    seen, queue = {}, list(frame.f_globals.values()) + list(frame.f_locals.values())
    while queue and len(seen) < 200:
        obj = queue.pop()
        if id(obj) in seen or isinstance(obj, type(sys)):
            continue
        seen[id(obj)] = (type(obj).__name__, sys.getrefcount(obj), sys.getsizeof(obj))
        queue.extend(gc.get_referents(obj))
    records.append((frame.f_lineno, seen))
def on_line(code, line):
    if code.co_filename == "main.py":
        walk(sys._getframe(1))
sys.monitoring.use_tool_id(3, "naive")
sys.monitoring.register_callback(3, sys.monitoring.events.LINE, on_line)
sys.monitoring.set_events(3, sys.monitoring.events.LINE)
exec(compile(${JSON.stringify(STEPS_PROGRAM)}, "main.py", "exec"), {"__name__": "m"})
sys.monitoring.set_events(3, 0)
print(len(records))
`;

const LOOP_PROGRAM = `
total = 0
for i in range(20_000):
    total += i * i % 7
`;

const pyodideDir = path.join(root, "node_modules", "pyodide");
const { loadPyodide } = (await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href)) as { loadPyodide: LoadPyodide };
const heapCap = installHeapCap();
const tripwire = installBridgeTripwire(() => {
  throw new Error("a benchmark program reached JavaScript");
});

console.log("Heapwise engine benchmark (medians)\n");

// 1. Cold load and Pyodide's own snapshot.
const [, cold] = await timed(() => loadPyodide({ indexURL: `${pyodideDir}/`, stdout: () => {}, stderr: () => {} }));
const snapshotSource = (await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true, stdout: () => {}, stderr: () => {} })) as Pyodide & {
  makeMemorySnapshot(): Uint8Array;
};
const snapshot = snapshotSource.makeMemorySnapshot();
const snapshotLoads: number[] = [];
for (let i = 0; i < 3; i++) {
  const [fresh, time] = await timed(() => loadPyodide({ indexURL: `${pyodideDir}/`, _loadSnapshot: snapshot, stdout: () => {}, stderr: () => {} }));
  fresh.runPython("1");
  snapshotLoads.push(time);
}
row("cold load, CPython 3.14", ms(cold));
row("new interpreter from Pyodide snapshot", ms(median(snapshotLoads)), "(baseline)");

// 2. Heapwise's fresh interpreter: run + in-place restore.
const interpreter = await Interpreter.load({
  version: "3.14",
  loadPyodide,
  indexURL: `${pyodideDir}/`,
  pythonFiles: JSON.parse(fs.readFileSync(path.join(root, "engine/dist", PYTHON_FILES_BUNDLE), "utf8")) as PythonFiles,
  interruptBuffer: createInterruptBuffer(),
  heapCap,
  tripwire,
});
const empties: number[] = [];
for (let i = 0; i < 50; i++) empties.push((await timed(() => interpreter.run(toRunRequest("pass").request)))[1]);
const fresh = median(empties);
row("fresh isolated interpreter + empty program", ms(fresh), `${(median(snapshotLoads) / fresh).toFixed(1)}x faster than baseline`);

/**
 * The interpreter binary itself, not the `python3` on PATH: here that is pyenv's shim, a shell script
 * that costs about 350 ms per start and would make the per-process baseline look 8 times slower.
 */
const NATIVE_PYTHON = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();

// 3. CPU-bound: the engine against native python3 3.11, timed inside the program.
const pool = new EnginePool({ size: 2, root });
await Promise.all([pool.warm("3.11"), pool.warm("3.14")]);
const nativeCpu: number[] = [];
const engineCpu: Record<"3.11" | "3.14", number[]> = { "3.11": [], "3.14": [] };
for (let i = 0; i < 7; i++) {
  for (const python of ["3.11", "3.14"] as const) {
    const result = await pool.run(CPU_PROGRAM, { python, timeoutMs: 60_000 });
    engineCpu[python].push(Number(result.stdout.trim()) * 1000);
  }
  const native = spawnSync(NATIVE_PYTHON, ["-c", CPU_PROGRAM], { encoding: "utf8" });
  nativeCpu.push(Number(native.stdout.trim()) * 1000);
}
row("CPU-bound program, native python3 3.11", ms(median(nativeCpu)), "(baseline)");
for (const python of ["3.11", "3.14"] as const) {
  row(`CPU-bound program, engine ${python}`, ms(median(engineCpu[python])), `${(median(engineCpu[python]) / median(nativeCpu)).toFixed(2)}x native`);
}

// 4. Throughput of isolated small runs on the 2-process sandboxed pool.
const RUNS = 200;
const [, poolTime] = await timed(async () => {
  const outputs = await Promise.all(Array.from({ length: RUNS }, () => pool.run(SMALL_PROGRAM, { python: "3.14" })));
  if (outputs.some((result) => result.status !== "ok")) throw new Error("a benchmark run failed");
});
const NATIVE_RUNS = 50;
const [, nativeTime] = await timed(() => {
  for (let i = 0; i < NATIVE_RUNS; i++) spawnSync(NATIVE_PYTHON, ["-c", SMALL_PROGRAM], { encoding: "utf8" });
});
const nativeRate = NATIVE_RUNS / (nativeTime / 1000);
const poolRate = RUNS / (poolTime / 1000);
row(`small program, native python3 per process (${NATIVE_PYTHON})`, `${nativeRate.toFixed(1)} runs/s`, "(baseline)");
row("small program, 2-process sandboxed pool", `${poolRate.toFixed(1)} runs/s`, `${(poolRate / nativeRate).toFixed(2)}x native`);

pool.close();

// 5. Tracing, on the in-process interpreter (3.14): run durations include the probe's work and reading the trace.
type TraceOption = { maxSteps: number; memory: boolean } | false;
const runMs = (source: string, trace: TraceOption) =>
  median(Array.from({ length: 7 }, () => interpreter.run(toRunRequest(source, { trace, timeoutMs: 60_000 }).request).durationMs));
const traced = interpreter.run(toRunRequest(STEPS_PROGRAM, { trace: true }).request).trace;
const stepCount = traced?.steps.length ?? 0;
const objectsPerStep = traced ? Math.max(...traced.steps.map((_, index) => heapAt(traced, index).size)) : 0;
const untracedSteps = runMs(STEPS_PROGRAM, false);
const naive = runMs(NAIVE_TRACER, false);
const heapOnly = runMs(STEPS_PROGRAM, { maxSteps: 10_000, memory: false });
const tracedSteps = runMs(STEPS_PROGRAM, { maxSteps: 10_000, memory: true });
const perThousand = (total: number) => `${((total - untracedSteps) / stepCount * 1000).toFixed(0)} ms per 1,000 steps (target 300)`;
row(`${stepCount}-step program, untraced`, ms(untracedSteps), "(baseline)");
row(`${stepCount}-step program, naive tracer (200 objects, no memory)`, ms(naive), `${(naive / untracedSteps).toFixed(1)}x untraced`);
row(`${stepCount}-step program, traced, heap graph only`, ms(heapOnly), `${(heapOnly / untracedSteps).toFixed(1)}x untraced, ${(naive / heapOnly).toFixed(2)}x faster than naive, ${perThousand(heapOnly)}; up to ${objectsPerStep} objects`);
row(`${stepCount}-step program, traced, heap graph + memory`, ms(tracedSteps), `${(tracedSteps / untracedSteps).toFixed(1)}x untraced, ${(tracedSteps / heapOnly).toFixed(2)}x heap graph only, ${perThousand(tracedSteps)}`);
const loopTrace = { maxSteps: 3 * 20_000, memory: true };
const untracedLoop = runMs(LOOP_PROGRAM, false);
const tracedLoop = runMs(LOOP_PROGRAM, loopTrace);
const tracedLoopHeapOnly = runMs(LOOP_PROGRAM, { ...loopTrace, memory: false });
const perStep = (total: number) => `${((total - untracedLoop) / 40_000 * 1000).toFixed(1)} µs per step`;
row("line-heavy loop (40,000 lines), untraced", ms(untracedLoop), "(baseline)");
row("line-heavy loop, traced, heap graph only", ms(tracedLoopHeapOnly), `${(tracedLoopHeapOnly / untracedLoop).toFixed(1)}x untraced, ${perStep(tracedLoopHeapOnly)}`);
row("line-heavy loop, traced, heap graph + memory", ms(tracedLoop), `${(tracedLoop / untracedLoop).toFixed(1)}x untraced, ${perStep(tracedLoop)}`);

// 6. Trusting nothing from an interpreter, against the engine before it.
/** The last commit before issue 13's design: its engine is the baseline of section 6. */
const BASELINE_COMMIT = "2e1957f";
const JS_PROGRAM = `
import _imp, importlib.machinery
core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
core.to_js([]).constructor.constructor("return 1")()
`;

/** The baseline engine, checked out and built in a temporary folder that shares node_modules. */
function checkOutBaseline(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-baseline-"));
  const archive = execFileSync("git", ["-C", root, "archive", BASELINE_COMMIT, "engine", "scripts/build-engine.ts", "package.json", "tsconfig.json"]);
  execFileSync("tar", ["-x", "-C", folder], { input: archive });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(folder, "node_modules"));
  execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/build-engine.ts"], { cwd: folder, stdio: "inherit" });
  return folder;
}

type PoolLike = { run: EnginePool["run"]; warm: EnginePool["warm"]; close: EnginePool["close"] };
type PoolClass = new (options: { size: number; root: string }) => PoolLike;

async function measureDesign(Pool: PoolClass, designRoot: string) {
  const single = new Pool({ size: 1, root: designRoot });
  await single.warm("3.14");
  const emptyRuns: number[] = [];
  for (let i = 0; i < 40; i++) emptyRuns.push((await timed(() => single.run("pass\n", { python: "3.14" })))[1]);
  const tracedRuns: number[] = [];
  for (let i = 0; i < 5; i++) tracedRuns.push((await timed(() => single.run(STEPS_PROGRAM, { python: "3.14", trace: true })))[1]);
  // A run that reaches JavaScript, then the next normal run: what replacing the interpreter costs.
  const tripRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    tripRuns.push((await timed(async () => {
      await single.run(JS_PROGRAM, { python: "3.14" });
      await single.run("pass\n", { python: "3.14" });
    }))[1]);
    // Let the spare finish loading, as it would between two learners' runs.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
  }
  single.close();
  const pair = new Pool({ size: 2, root: designRoot });
  await pair.warm("3.14");
  const [, pairTime] = await timed(() => Promise.all(Array.from({ length: RUNS }, () => pair.run(SMALL_PROGRAM, { python: "3.14" }))));
  pair.close();
  return { empty: median(emptyRuns), traced: median(tracedRuns), trip: median(tripRuns), rate: RUNS / (pairTime / 1000) };
}

const baselineRoot = checkOutBaseline();
const { EnginePool: BaselinePool } = (await import(pathToFileURL(path.join(baselineRoot, "engine/node/engine-pool.ts")).href)) as { EnginePool: PoolClass };
const before = await measureDesign(BaselinePool, baselineRoot);
const now = await measureDesign(EnginePool, root);
fs.rmSync(baselineRoot, { recursive: true, force: true });
const versus = (current: number, earlier: number) => `${(current / earlier).toFixed(2)}x before`;
console.log(`\nTrusting nothing from an interpreter (before: engine at ${BASELINE_COMMIT})`);
row("fresh interpreter per run (empty), before", ms(before.empty), "(baseline)");
row("fresh interpreter per run (empty), now", ms(now.empty), versus(now.empty, before.empty));
row(`small program, 2-process pool, before`, `${before.rate.toFixed(1)} runs/s`, "(baseline)");
row(`small program, 2-process pool, now`, `${now.rate.toFixed(1)} runs/s`, versus(now.rate, before.rate));
row(`${stepCount}-step traced run through the pool, before`, ms(before.traced), "(baseline)");
row(`${stepCount}-step traced run through the pool, now`, ms(now.traced), versus(now.traced, before.traced));
row("run reaching JavaScript + next run, before", ms(before.trip), "(baseline)");
row("run reaching JavaScript + next run, now", ms(now.trip), versus(now.trip, before.trip));
process.exit(0);
