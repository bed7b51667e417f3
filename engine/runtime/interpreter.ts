import type { Inspection, ProbeQuestion, PythonVersion, RunRequest, RunResult, RunStatus } from "../protocol";
import type { BridgeTripwire } from "./bridge-tripwire";
import type { HeapCap } from "./heap-cap";
import { FileSystemBaseline } from "./file-system-baseline";
import { MemoryBaseline } from "./memory-baseline";
import { placeProgramFile } from "./program-file";
import { CONTRACT_FILE, type PrepareArguments, WORKER_CONTRACT } from "../contract/worker-contract";
import { parseTrace } from "../trace/parse-trace";
import { runFile, runStatement } from "./run-file";
import { recordingBudgetMs } from "./run-limits";
import { OutputCapture, type StreamName } from "./output-capture";
import type { LoadPyodide, Pyodide, PyProxyCallable, PyProxyTuple } from "./pyodide-api";
import type { PythonFiles } from "./python-files";
import { Signal, clearSignal, installSignalCheck, raiseSignal } from "./signals";

/** The sandbox module lives in the contract's sandboxDir: outside sys.path, imported by its path. */
const SANDBOX_MODULE = "heapwise_sandbox";
const { sandboxDir: SANDBOX_DIR, files: FILES } = WORKER_CONTRACT;

export type InterpreterSetup = {
  version: PythonVersion;
  loadPyodide: LoadPyodide;
  indexURL: string;
  /** The engine's Python files (the sandbox module, the probe package, lib/), by path under the contract's sandboxDir. */
  pythonFiles: PythonFiles;
  /** Shared with the host, which writes a signal into it to stop a run (see signals.ts). */
  interruptBuffer: Int32Array;
  heapCap: HeapCap;
  tripwire: BridgeTripwire;
  /**
   * Start from a memory snapshot of a ready interpreter (`restore`), or make one while loading
   * (`onMade` receives it, before any program ran). Pyodide 0.27+ only (Python 3.12+).
   */
  snapshot?: { restore?: Uint8Array; onMade?: (snapshot: Uint8Array) => void };
};

export type RunObserver = { onOutput?: (stream: StreamName, text: string) => void };

/**
 * One CPython (Pyodide) interpreter that runs learner programs one at a time, each on a fresh copy of
 * the same locked-down interpreter. It is environment-neutral: the Node worker thread and the browser's
 * Web Worker are thin shells around it (see serve-run.ts), and the benchmark drives it directly.
 */
export class Interpreter {
  /** Where the current run's output goes; Pyodide's writers are installed once and delegate here. */
  private output: OutputCapture | null = null;

  /** False once a run changed something outside what the baselines restore: load a new interpreter. */
  reusable = true;

  private constructor(
    private readonly pyodide: Pyodide,
    private readonly sandbox: SandboxFunctions,
    private readonly baseline: MemoryBaseline,
    private readonly files: FileSystemBaseline,
    private readonly setup: InterpreterSetup,
    readonly python: RunResult["python"],
  ) {}

  static async load(setup: InterpreterSetup): Promise<Interpreter> {
    installSignalCheck(setup.interruptBuffer);
    const restore = setup.snapshot?.restore;
    const onMade = setup.snapshot?.onMade;
    const pyodide = await setup.loadPyodide({
      indexURL: setup.indexURL,
      jsglobals: bareGlobals(),
      // `_` would otherwise be the host path of the worker script.
      env: { HOME: "/home/pyodide", LANG: "C.UTF-8", _: "/usr/bin/python3" },
      stdout: () => {},
      stderr: () => {},
      ...(restore ? { _loadSnapshot: restore } : onMade ? { _makeSnapshot: true } : {}),
    });
    // Emscripten's file system lives in JavaScript, outside the snapshot's linear memory: the files
    // are written on a restore too (programs import lib/, the sandbox reads the contract).
    placeEngineFiles(pyodide, setup.pythonFiles);
    // Pyodide's bootstrap, which a restore runs again, puts the working directory first on
    // sys.path once more.
    if (restore) pyodide.runPython("import sys as _s\nif _s.path[:2] == ['', '']: del _s.path[0]\ndel _s");
    else {
      importSandbox(pyodide);
      // The snapshot is made here, when the interpreter has run no program and holds no proxy of
      // ours. Not after install(): restoring runs Pyodide's own bootstrap imports (_pyodide_core),
      // which the locked-down interpreter refuses. What follows (the lockdown, the proxies, the
      // writers, the interrupt buffer) is done again after a restore.
      if (onMade) onMade(pyodide.makeMemorySnapshot());
    }
    const full = String(pyodide.runPython("import sys; '%d.%d.%d' % sys.version_info[:3]"));
    // Owned proxies of the functions: they live as long as the interpreter and are part of the baseline.
    // One runPython with install(): Pyodide's eval_code leaves a few cycles behind, and only those
    // made before install()'s last gc.collect() are gone when a program starts (gc.collect() → 0).
    const functions = pyodide.runPython(
      `import ${SANDBOX_MODULE}; ${SANDBOX_MODULE}.install(${JSON.stringify(CONTRACT_FILE)}); (${SANDBOX_MODULE}.prepare, id(${SANDBOX_MODULE}.RUNNER_NAMESPACE))`,
    ) as PyProxyTuple;
    const [prepare, runnerNamespace] = functions.toJs({ depth: 1 }) as [PyProxyCallable | undefined, number | undefined];
    functions.destroy();
    if (!prepare || runnerNamespace === undefined) throw new Error("the sandbox module did not load");
    pyodide.setInterruptBuffer(setup.interruptBuffer);
    // Installed once, before the baselines: setting them re-opens fds 0-2, which must stay as recorded.
    let interpreter: Interpreter | null = null;
    const writer = (stream: StreamName) => ({ write: (buffer: Uint8Array) => interpreter?.output?.write(stream, buffer) ?? buffer.length });
    pyodide.setStdout(writer("stdout"));
    pyodide.setStderr(writer("stderr"));
    // The baseline is taken last, at rest: nothing of the loading survives into a run but this copy.
    const baseline = new MemoryBaseline(pyodide._module);
    const files = new FileSystemBaseline(pyodide.FS);
    interpreter = new Interpreter(pyodide, { prepare, runnerNamespace }, baseline, files, setup, { version: setup.version, full, pyodide: pyodide.version });
    return interpreter;
  }

  /** prepare() → PyRun_FileExFlags (see run-file.ts) → [stop_trace(), ask() per question] → finish(). */
  private execute(request: RunRequest, programPath: string, output: OutputCapture): { outcome: Outcome; inspection: Inspection | null } {
    const { filename, stdin, limits } = request;
    const { maxSteps, memory, lines } = request.trace ?? { maxSteps: 0, memory: false, lines: null };
    const preparation: PrepareArguments = {
      filename,
      stdin,
      timeout_s: limits.timeoutMs / 1000,
      max_output_bytes: limits.maxOutputBytes,
      program_path: programPath,
      max_steps: maxSteps,
      trace_memory: memory,
      graded: request.questions.length > 0,
      recording_budget_s: recordingBudgetMs(request) / 1000,
      record_lines: lines === null ? "*" : lines.join(","),
    };
    // A Python dict, not a JavaScript object: prepare() never holds a proxy of the host's objects.
    const argument = this.pyodide.toPy(preparation);
    let prepared: PyProxyTuple;
    try {
      prepared = this.sandbox.prepare(argument) as PyProxyTuple;
    } finally {
      argument.destroy();
    }
    const [namespace, collectedBefore] = prepared.toJs() as [number, number];
    prepared.destroy();
    let inspection: Inspection | null = null;
    // From here until the outcome is read, learner code may run: no call of ours goes through
    // Pyodide's JavaScript bridge, so any bridge call trips the wire (see bridge-tripwire.ts).
    this.setup.tripwire.arm();
    let finished: boolean;
    try {
      const failed = runFile(this.pyodide._module, programPath, filename, namespace);
      // A signal still pending (say, the output limit hit by the program's last write) must not go
      // off inside finish().
      clearSignal(this.setup.interruptBuffer);
      // The questions are asked only of a module that ran to its end: a program that raised (or left
      // by sys.exit) is graded 0 without them, and its output is then the whole run's output, traceback
      // included, with nothing the grader's calls made it write (hidden inputs) mixed in.
      if (request.questions.length > 0 && !failed) inspection = this.ask(request.questions, { programStdout: output.text("stdout"), programStderr: output.text("stderr") }, collectedBefore);
      finished = runStatement(this.pyodide._module, `finish(${failed ? "True" : "False"})`, this.sandbox.runnerNamespace);
    } finally {
      this.setup.tripwire.disarm();
    }
    // The outcome comes back as a file: reading it runs no Python, so no learner code either.
    const outcome = finished ? readOutcome(this.pyodide.FS) : null;
    // Without it, shutdown did not complete: the time limit went off in an atexit handler or __del__,
    // or the program tampered with what finish() uses. The memory restore that follows undoes
    // whatever finish() left half done.
    return {
      outcome: outcome ?? [1, "SystemError", "the program did not shut down cleanly (time limit, or interference with the runner)"],
      inspection,
    };
  }

  /**
   * The grader's questions, one at a time: each is written to the interpreter's file system only
   * when it is asked, answered by ask() and read back as a file (no Python runs to read it).
   */
  private ask(questions: ProbeQuestion[], programOutput: Pick<Inspection, "programStdout" | "programStderr">, collectedBefore: number): Inspection {
    const fs = this.pyodide.FS;
    const emscripten = this.pyodide._module;
    runStatement(emscripten, "stop_trace()", this.sandbox.runnerNamespace);
    const answers = questions.map((question) => {
      fs.writeFile(FILES.question, JSON.stringify(question));
      const asked = runStatement(emscripten, "ask()", this.sandbox.runnerNamespace);
      clearSignal(this.setup.interruptBuffer);
      if (fs.analyzePath(FILES.question).exists) fs.unlink(FILES.question);
      if (!asked || !fs.analyzePath(FILES.answer).exists) return { error: "the question could not be answered (the program interfered with the grader)" };
      const text = fs.readFile(FILES.answer, { encoding: "utf8" });
      fs.unlink(FILES.answer);
      try {
        return JSON.parse(text) as Inspection["answers"][number];
      } catch {
        return { error: "the answer was not readable" };
      }
    });
    return { ...programOutput, collectedBefore, answers };
  }

  /** Runs one program to completion. Synchronous: the calling thread is busy until it returns. */
  run(request: RunRequest, observer: RunObserver = {}): RunResult {
    const { limits } = request;
    const started = performance.now();
    const output = new OutputCapture(
      limits.maxOutputBytes,
      () => raiseSignal(this.setup.interruptBuffer, Signal.outputLimit),
      observer.onOutput,
    );
    this.output = output;
    this.setup.heapCap.setLimit(limits.maxMemoryBytes);
    clearSignal(this.setup.interruptBuffer);
    const programPath = placeProgramFile(this.pyodide.FS, request.filename, request.source);
    let outcome: Outcome;
    let inspection: Inspection | null;
    try {
      ({ outcome, inspection } = this.execute(request, programPath, output));
    } finally {
      clearSignal(this.setup.interruptBuffer);
      this.setup.heapCap.setLimit(Number.POSITIVE_INFINITY);
    }
    const heapBytes = this.pyodide._module.HEAPU8.length;
    const [exitCode, type, message] = outcome;
    const status = statusOf(type ?? null, output.exceeded);
    const traceText = request.trace ? this.readTraceText() : null;
    this.baseline.restore();
    this.reusable = this.files.restore();
    // Parsed once the interpreter is restored: a malformed trace throws (MalformedTraceError), which
    // ends the run as crashed, and the next run still starts clean.
    const trace = traceText === null ? null : parseTrace(traceText, this.python.full, status === "ok" || status === "exception" ? null : `the run stopped (${status})`);
    return {
      status,
      exitCode,
      stdout: output.text("stdout"),
      stderr: output.text("stderr"),
      exception: type === undefined ? null : { type, message: message ?? "" },
      durationMs: performance.now() - started,
      heapBytes,
      python: this.python,
      trace,
      inspection,
    };
  }

  /** The probe's trace file, read without running Python (like the outcome file). */
  private readTraceText(): string {
    const fs = this.pyodide.FS;
    return fs.analyzePath(FILES.trace).exists ? fs.readFile(FILES.trace, { encoding: "utf8" }) : "";
  }
}

/** The engine's Python files and the worker contract, into the interpreter's file system. */
function placeEngineFiles(pyodide: Pyodide, pythonFiles: PythonFiles): void {
  for (const [file, source] of Object.entries(pythonFiles)) {
    const target = `${SANDBOX_DIR}/${file}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
    pyodide.FS.writeFile(target, source);
  }
  // From the engine's own copy, not the bundle: both sides then read the values of one build.
  pyodide.FS.writeFile(CONTRACT_FILE, JSON.stringify(WORKER_CONTRACT));
}

/** Imports the sandbox module by its path (it lives outside sys.path). */
function importSandbox(pyodide: Pyodide): void {
  pyodide.runPython(
    [
      "import importlib.util as _u, sys as _s",
      `_spec = _u.spec_from_file_location("${SANDBOX_MODULE}", "${SANDBOX_DIR}/${SANDBOX_MODULE}.py")`,
      "_m = _u.module_from_spec(_spec); _s.modules[_spec.name] = _m; _spec.loader.exec_module(_m)",
      // install() imports these too; imported now, they are part of a snapshot.
      "for _n in _m.PRELOADED_MODULES: __import__(_n)",
      "del _u, _s, _spec, _m, _n",
    ].join("\n"),
  );
}

/**
 * What Python's `js` module is: instead of the worker's whole global scope, only the timer functions
 * Pyodide 0.25's event loop imports at start-up, with no prototype so that `.constructor` does not lead
 * to JavaScript's Function constructor.
 */
function bareGlobals(): object {
  const globals = Object.create(null) as Record<string, unknown>;
  for (const name of ["setTimeout", "clearTimeout"] as const) {
    const original = globalThis[name] as (...args: unknown[]) => unknown;
    const bare = (...args: unknown[]) => original(...args);
    Object.setPrototypeOf(bare, null);
    globals[name] = bare;
  }
  return globals;
}

type Outcome = [exitCode: number, exceptionType: string | undefined, message: string | undefined];

/** prepare() is called through the bridge, before any learner code; finish() runs in runnerNamespace. */
type SandboxFunctions = { prepare: PyProxyCallable; runnerNamespace: number };

function readOutcome(fs: Pyodide["FS"]): Outcome | null {
  if (!fs.analyzePath(FILES.outcome).exists) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFile(FILES.outcome, { encoding: "utf8" }));
  } catch {
    // The program can tamper with what finish() uses (json, open): then its own run has no outcome.
    return null;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== "number") return null;
  const [exitCode, type, message] = parsed as [number, string | null, string | null];
  return [exitCode, type ?? undefined, message ?? undefined];
}

/** The host overrides this with "timeout" or "crashed" when it had to step in. */
function statusOf(exceptionType: string | null, outputExceeded: boolean): RunStatus {
  if (outputExceeded) return "output-limit";
  if (exceptionType === null) return "ok";
  return exceptionType === "MemoryError" ? "memory" : "exception";
}
