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
import type { HostMessage, RunRequest, RunResult, WorkerMessage } from "../protocol";
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
  request: RunRequest;
  started: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  timers: NodeJS.Timeout[];
};

/** One interpreter thread with its own interrupt buffer and bridge tripwire (see bridge-tripwire.ts). */
type InterpreterThread = { worker: Worker; ready: Promise<void>; interrupt: Int32Array; tripped: Int32Array };

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
    const job: Job = { id, request, started: performance.now(), stdout: "", stderr: "", timedOut: false, timers: [] };
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
    const tripped = createInterruptBuffer();
    const data: InterpreterThreadData = {
      version: config.version,
      pyodideDir: config.pyodideDir,
      pythonFiles: config.pythonFiles,
      interruptBuffer: interrupt,
      bridgeTripped: tripped,
    };
    const worker = new Worker(config.threadScript, { workerData: data, resourceLimits: { stackSizeMb: THREAD_STACK_MB } });
    let thread: InterpreterThread | null = null;
    const ready = new Promise<void>((resolve, reject) => {
      worker.on("message", (message: WorkerMessage) => {
        if (message.type === "ready") {
          if (this.python === null) send(message);
          this.python = message.python;
          resolve();
        } else if (thread && thread === this.current) this.onThreadMessage(thread, message);
      });
      worker.on("error", (error) => {
        reject(error);
        if (thread) this.onThreadEnded(thread, `the interpreter failed: ${error.message}`);
      });
      worker.on("exit", () => {
        reject(new Error("the interpreter thread exited while loading"));
        if (thread) this.onThreadEnded(thread, "the interpreter stopped unexpectedly");
      });
    });
    thread = { worker, ready, interrupt, tripped };
    return thread;
  }

  private onThreadMessage(thread: InterpreterThread, message: WorkerMessage): void {
    // It ends itself after a run it could not undo: the next run gets its successor.
    if (message.type === "retiring") return this.retireThread();
    const job = this.job;
    if (!job) return;
    if (message.type === "output" && message.id === job.id) {
      job[message.stream] += message.text;
    } else if (message.type === "result" && message.id === job.id) {
      this.finish(job, markTimedOut(message.result, job.timedOut));
      // The program reached JavaScript: whatever it did there must not meet the next run. This is
      // decided here, from memory the thread's code cannot reach, not by the thread itself.
      if (Atomics.load(thread.tripped, 0) !== 0) this.retireThread();
    } else if (message.type === "fatal") {
      this.replaceThread(job, "crashed", `SystemError: the Python interpreter crashed and was replaced (${message.message})`);
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
      return;
    }
    if (thread !== this.current) return;
    if (this.job) this.replaceThread(this.job, "crashed", `SystemError: ${reason}; it was replaced`);
    else this.retireThread();
  }

  /** Ends the job without the thread's cooperation, then hands the next run to a fresh interpreter. */
  private replaceThread(job: Job, status: "timeout" | "crashed", message: string): void {
    if (this.job !== job) return;
    this.finish(
      job,
      replacedRunResult(status, message, {
        stdout: job.stdout,
        stderr: job.stderr,
        durationMs: performance.now() - job.started,
        python: this.python ?? { version: config.version, full: "", pyodide: "" },
      }),
    );
    this.retireThread();
  }

  private discard(thread: InterpreterThread): void {
    thread.worker.removeAllListeners();
    void thread.worker.terminate();
  }

  private finish(job: Job, result: RunResult): void {
    for (const timer of job.timers) clearTimeout(timer);
    this.job = null;
    send({ type: "result", id: job.id, result });
  }
}

const supervisor = new Supervisor();
supervisor.start();
process.on("message", (message: HostMessage) => {
  if (message.type === "shutdown") process.exit(0);
  if (message.type === "run") void supervisor.run(message.id, message.request);
});
process.on("disconnect", () => process.exit(0));
