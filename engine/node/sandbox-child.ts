/**
 * Entry point of a sandbox process: the interpreter thread (plus a pre-loaded spare) and the clock
 * that bounds it. The host starts this process with an empty environment, in its own network, PID and
 * mount namespaces and under Node's permission model (see sandbox-command.ts), so whatever the
 * learner's code reaches stays in here.
 *
 * The thread runs Python synchronously, so the clock lives on this main thread: at the time limit it
 * writes the timeout signal into the thread's interrupt buffer; if Python does not unwind within the
 * grace period (one long C call, or code that swallows the exception) the thread is terminated and the
 * spare takes over. The same happens after a run that tripped the bridge tripwire. The host only ever
 * sees a result.
 */
import { Worker } from "node:worker_threads";
import { type HostMessage, type RunRequest, type RunResult, type WorkerMessage, parseWorkerMessage } from "../protocol";
import { REACHED_JAVASCRIPT, TripState } from "../runtime/bridge-tripwire";
import { armTimeLimit, markTimedOut, replacedRunResult, timeoutMessage } from "../runtime/run-limits";
import { Signal, createInterruptBuffer, raiseSignal } from "../runtime/signals";
import type { InterpreterThreadData, SandboxConfig } from "./thread-data";

/**
 * Native stack for the interpreter thread. WebAssembly frames live on V8's stack, and deep C recursion
 * must reach CPython's own guard (RecursionError) before V8's "Maximum call stack size exceeded",
 * which Pyodide cannot survive. Measured: 3.14's guard (it watches the 10 MB shadow stack) needs more
 * than 128 MB here to fire first on a repr of a million nested lists; 256 MB holds.
 */
const THREAD_STACK_MB = 256;

const config = JSON.parse(process.argv[2] ?? "{}") as SandboxConfig;
const send = (message: WorkerMessage) => process.send?.(message);

type Job = {
  id: number;
  thread: InterpreterThread;
  request: RunRequest;
  started: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  timers: NodeJS.Timeout[];
};

/**
 * One interpreter thread with its own interrupt buffer and tripwire cell (see bridge-tripwire.ts).
 * `reachedJavaScript` is this process's own record of a trip: the thread can reach neither it nor
 * this process's memory, so nothing it does afterwards can undo it.
 */
type InterpreterThread = {
  worker: Worker;
  ready: Promise<void>;
  loaded: boolean;
  interrupt: Int32Array;
  tripCell: Int32Array;
  reachedJavaScript: boolean;
  discarded: boolean;
};

class Supervisor {
  private current: InterpreterThread | null = null;
  /** Loaded in the background, so that replacing the current thread costs no waiting. */
  private spare: InterpreterThread | null = null;
  private job: Job | null = null;
  private python: RunResult["python"] | null = null;

  start(): void {
    const next = this.spare ?? this.spawn();
    this.spare = null;
    this.current = next;
    next.ready.then(
      () => {
        if (this.current === next && !this.spare) this.spare = this.spawn();
      },
      (error: unknown) => {
        if (this.python === null) send({ type: "fatal", message: `could not load Python: ${String(error)}` });
      },
    );
  }

  async run(id: number, request: RunRequest): Promise<void> {
    const thread = this.current;
    if (!thread) return;
    await thread.ready;
    const job: Job = { id, thread, request, started: performance.now(), stdout: "", stderr: "", timedOut: false, timers: [] };
    this.job = job;
    armTimeLimit(
      request,
      job.timers,
      () => {
        job.timedOut = true;
        raiseSignal(thread.interrupt, Signal.timeout);
      },
      () => this.replaceThread(job, "timeout", timeoutMessage(request.limits)),
    );
    thread.worker.postMessage({ type: "run", id, request } satisfies HostMessage);
  }

  private spawn(): InterpreterThread {
    const interrupt = createInterruptBuffer();
    const tripCell = createInterruptBuffer();
    const data: InterpreterThreadData = {
      version: config.version,
      pyodideDir: config.pyodideDir,
      pythonFiles: config.pythonFiles,
      interruptBuffer: interrupt,
      tripCell,
    };
    const worker = new Worker(config.threadScript, { workerData: data, env: {}, resourceLimits: { stackSizeMb: THREAD_STACK_MB } });
    const { promise: ready, resolve: markReady, reject: failLoading } = deferred();
    // A spare that fails to load is simply not used (start() handles a failure of the current one).
    ready.catch(() => {});
    const thread: InterpreterThread = { worker, ready, loaded: false, interrupt, tripCell, reachedJavaScript: false, discarded: false };
    this.watchTripwire(thread);
    worker.on("message", (data: unknown) => {
      const parsed = parseWorkerMessage(data);
      if (!thread.loaded) {
        if (!parsed.ok) {
          failLoading(new Error(parsed.reason));
          this.onThreadEnded(thread, parsed.reason);
        } else if (parsed.message.type === "ready") {
          thread.loaded = true;
          if (this.python === null) send(parsed.message);
          this.python = parsed.message.python;
          markReady();
        }
      } else if (thread === this.current) {
        if (parsed.ok) this.onThreadMessage(thread, parsed.message);
        // After a trip what it says is the program's to write: nothing to replace it for.
        else if (thread.reachedJavaScript) return;
        else if (this.job) this.replaceThread(this.job, "crashed", `SystemError: ${parsed.reason}; it was replaced`);
        else this.retireThread();
      }
    });
    worker.on("error", (error) => {
      failLoading(error);
      this.onThreadEnded(thread, `the interpreter failed: ${error.message}`);
    });
    worker.on("exit", () => {
      failLoading(new Error("the interpreter thread exited while loading"));
      this.onThreadEnded(thread, "the interpreter stopped unexpectedly");
    });
    return thread;
  }

  /**
   * Waits, off this process's event loop, for the thread's tripwire. The thread blocks inside the
   * guarded call until this has run, so the trip is recorded here before the program holds any
   * JavaScript value (and before any message it could send after).
   */
  private watchTripwire(thread: InterpreterThread): void {
    const woken = () => {
      if (!thread.discarded) this.onTrip(thread);
    };
    const waiting = Atomics.waitAsync(thread.tripCell, 0, TripState.clear);
    if (waiting.async) void waiting.value.then(woken);
    else woken();
  }

  private onTrip(thread: InterpreterThread): void {
    thread.reachedJavaScript = true;
    const job = this.job;
    if (thread !== this.current || !job) {
      // Not running a program (it never is armed then): nothing to answer, but it is done.
      if (thread === this.spare) this.spare = null;
      if (thread === this.current) this.retireThread();
      else this.discard(thread);
      return;
    }
    if (config.onTrip === "stop") {
      // The thread is blocked inside the guarded call: terminating it now means no learner
      // JavaScript runs at all.
      this.finish(job, this.securityResult(job, null));
      this.retireThread();
      return;
    }
    Atomics.store(thread.tripCell, 0, TripState.recorded);
    Atomics.notify(thread.tripCell, 0);
  }

  private onThreadMessage(thread: InterpreterThread, message: WorkerMessage): void {
    const job = this.job;
    // It ends itself after a run it could not undo, once it has sent the run's result: the next run
    // gets its successor.
    if (message.type === "retiring" && !job) return this.retireThread();
    if (!job) return;
    // replaceThread reports a run that reached JavaScript as such, whatever ended it.
    if (message.type === "fatal") {
      this.replaceThread(job, "crashed", `SystemError: the Python interpreter crashed and was replaced (${message.message})`);
    } else if (thread.reachedJavaScript) {
      // "observe": whatever the thread says now is the program's to write; the result is kept
      // only as a labelled report of what it claimed.
      if (message.type === "result" && message.id === job.id) {
        this.finish(job, this.securityResult(job, message.result));
        this.retireThread();
      }
    } else if (message.type === "output" && message.id === job.id) {
      for (const chunk of message.chunks) job[chunk.stream] += chunk.text;
    } else if (message.type === "result" && message.id === job.id) {
      this.finish(job, markTimedOut(message.result, job.timedOut));
    } else if (message.type !== "output") {
      this.replaceThread(job, "crashed", `SystemError: the interpreter sent "${message.type}" during a run; it was replaced`);
    }
  }

  /** Replaces the current thread between runs with the spare (or a new thread). */
  private retireThread(): void {
    const thread = this.current;
    this.current = null;
    if (thread) this.discard(thread);
    this.start();
  }

  /** A thread that ends by itself or crashes: the spare takes over, or is no longer there. */
  private onThreadEnded(thread: InterpreterThread, reason: string): void {
    if (thread === this.spare) {
      this.spare = null;
      this.discard(thread);
      return;
    }
    if (thread !== this.current) return;
    if (this.job) this.replaceThread(this.job, "crashed", `SystemError: ${reason}; it was replaced`);
    else this.retireThread();
  }

  /** Ends the job without the thread's cooperation, then hands the next run to a fresh interpreter. */
  private replaceThread(job: Job, status: "timeout" | "crashed", message: string): void {
    if (this.job !== job) return;
    const partial = { stdout: job.stdout, stderr: job.stderr, durationMs: performance.now() - job.started, python: this.pythonBuild() };
    this.finish(job, job.thread.reachedJavaScript ? this.securityResult(job, replacedRunResult(status, message, partial)) : replacedRunResult(status, message, partial));
    this.retireThread();
  }

  /**
   * The result of a run that reached JavaScript: nothing the thread said after the trip, only the
   * output it had sent before. `untrusted` is what the thread claimed afterwards ("observe" only).
   */
  private securityResult(job: Job, untrusted: RunResult | null): RunResult {
    const result = replacedRunResult("security", REACHED_JAVASCRIPT, {
      stdout: job.stdout,
      stderr: job.stderr,
      durationMs: performance.now() - job.started,
      python: this.pythonBuild(),
    });
    if (config.onTrip !== "observe" || !untrusted) return result;
    const { status, stdout, stderr, exception } = untrusted;
    return { ...result, untrusted: { status, stdout, stderr, exception } };
  }

  private pythonBuild(): RunResult["python"] {
    return this.python ?? { version: config.version, full: "", pyodide: "" };
  }

  private discard(thread: InterpreterThread): void {
    thread.discarded = true;
    // Releases this process's waiter on the cell (watchTripwire).
    Atomics.store(thread.tripCell, 0, TripState.discarded);
    Atomics.notify(thread.tripCell, 0);
    thread.worker.removeAllListeners();
    void thread.worker.terminate();
  }

  private finish(job: Job, result: RunResult): void {
    for (const timer of job.timers) clearTimeout(timer);
    this.job = null;
    send({ type: "result", id: job.id, result });
  }
}

/** A promise with its resolve and reject (Promise.withResolvers, which Node 20 lacks). */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const supervisor = new Supervisor();
supervisor.start();
process.on("message", (message: HostMessage) => {
  if (message.type === "shutdown") process.exit(0);
  if (message.type === "run") void supervisor.run(message.id, message.request);
});
process.on("disconnect", () => process.exit(0));
