/**
 * Entry point of a sandbox process: one interpreter thread plus the clock that bounds it. The host
 * starts this process with an empty environment, in its own network namespace and under Node's
 * permission model (see sandbox-command.ts), so whatever the learner's code reaches stays in here.
 *
 * The thread runs Python synchronously, so the clock lives on this main thread: at the time limit it
 * writes the timeout signal into the shared interrupt buffer; if Python does not unwind within the
 * grace period (one long C call, or code that swallows the exception) the thread is terminated and a
 * new one loaded. The host only ever sees a result.
 */
import { Worker } from "node:worker_threads";
import type { HostMessage, RunRequest, RunResult, WorkerMessage } from "../protocol";
import { TIMEOUT_GRACE_MS, markTimedOut, replacedRunResult, timeoutMessage } from "../runtime/run-limits";
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

class Supervisor {
  private thread: Worker | null = null;
  private ready: Promise<void> = Promise.resolve();
  private job: Job | null = null;
  private python: RunResult["python"] | null = null;
  private readonly interrupt = createInterruptBuffer();
  /** The current thread's bridge tripwire (see bridge-tripwire.ts): a new one for every thread. */
  private tripped = createInterruptBuffer();

  start(): void {
    this.tripped = createInterruptBuffer();
    const data: InterpreterThreadData = {
      version: config.version,
      pyodideDir: config.pyodideDir,
      sandboxFile: config.sandboxFile,
      interruptBuffer: this.interrupt,
      bridgeTripped: this.tripped,
    };
    const thread = new Worker(config.threadScript, { workerData: data, resourceLimits: { stackSizeMb: THREAD_STACK_MB } });
    this.thread = thread;
    this.ready = new Promise((resolve, reject) => {
      thread.on("message", (message: WorkerMessage) => {
        if (message.type === "ready") {
          const first = this.python === null;
          this.python = message.python;
          if (first) send(message);
          resolve();
        } else if (message.type === "retiring") {
          // It ends itself after a run it could not undo: the next run waits for its successor.
          if (this.thread === thread) this.retireThread();
        } else this.onThreadMessage(message);
      });
      thread.on("error", (error) => {
        reject(error);
        this.onThreadEnded(thread, `the interpreter failed: ${error.message}`);
      });
      thread.on("exit", () => this.onThreadEnded(thread, "the interpreter stopped unexpectedly"));
    });
    this.ready.catch((error: unknown) => {
      if (this.python === null) send({ type: "fatal", message: `could not load Python: ${String(error)}` });
    });
  }

  async run(id: number, request: RunRequest): Promise<void> {
    await this.ready;
    const job: Job = { id, request, started: performance.now(), stdout: "", stderr: "", timedOut: false, timers: [] };
    this.job = job;
    job.timers.push(
      setTimeout(() => {
        job.timedOut = true;
        raiseSignal(this.interrupt, Signal.timeout);
        job.timers.push(setTimeout(() => this.replaceThread(job, "timeout", timeoutMessage(request.limits)), TIMEOUT_GRACE_MS));
      }, request.limits.timeoutMs),
    );
    this.thread?.postMessage({ type: "run", id, request } satisfies HostMessage);
  }

  private onThreadMessage(message: WorkerMessage): void {
    const job = this.job;
    if (!job) return;
    if (message.type === "output" && message.id === job.id) {
      job[message.stream] += message.text;
    } else if (message.type === "result" && message.id === job.id) {
      const result = message.result;
      this.finish(job, markTimedOut(result, job.timedOut));
      // The program reached JavaScript: whatever it did there must not meet the next run. This is
      // decided here, from memory the thread's code cannot reach, not by the thread itself.
      if (Atomics.load(this.tripped, 0) !== 0) this.retireThread();
    } else if (message.type === "fatal") {
      this.replaceThread(job, "crashed", `SystemError: the Python interpreter crashed and was replaced (${message.message})`);
    }
  }

  /** Replaces the thread between runs; the next run waits for the new one to load. */
  private retireThread(): void {
    const thread = this.thread;
    this.thread = null;
    thread?.removeAllListeners();
    void thread?.terminate();
    this.start();
  }

  /** A thread ends on its own after a run it cannot undo, or when it crashes: a new one takes over. */
  private onThreadEnded(thread: Worker, reason: string): void {
    if (this.thread !== thread) return;
    if (this.job) this.replaceThread(this.job, "crashed", `SystemError: ${reason}; it was replaced`);
    else {
      this.thread = null;
      this.start();
    }
  }

  /** Ends the job without the thread's cooperation, then loads a fresh interpreter for the next one. */
  private replaceThread(job: Job, status: "timeout" | "crashed", message: string): void {
    if (this.job !== job) return;
    const thread = this.thread;
    this.thread = null;
    thread?.removeAllListeners();
    void thread?.terminate();
    this.finish(
      job,
      replacedRunResult(status, message, {
        stdout: job.stdout,
        stderr: job.stderr,
        durationMs: performance.now() - job.started,
        python: this.python ?? { version: config.version, full: "", pyodide: "" },
      }),
    );
    this.start();
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
