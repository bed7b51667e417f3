import { type HostMessage, type LoadPhase, type LoadStart, type PythonVersion, type RunResult, type WorkerMessage, parseWorkerMessage } from "../protocol";
import { type RunOptions, toRunRequest } from "../run-options";
import { REACHED_JAVASCRIPT } from "../runtime/bridge-tripwire";
import { TIMEOUT_GRACE_MS, armTimeLimit, markStopped, markTimedOut, replacedRunResult, timeoutMessage } from "../runtime/run-limits";
import { Signal, createInterruptBuffer, raiseSignal } from "../runtime/signals";
import { adoptEarlyWorker } from "./early-start";

export type EngineStatus =
  | { state: "idle" }
  | { state: "loading"; phase: LoadPhase }
  /** `start`: restored from the snapshot stored in this browser, or loaded from Pyodide's files; `loadMs` as the worker measured it. */
  | { state: "ready"; start: LoadStart; loadMs: number }
  | { state: "failed"; message: string };

type Active = {
  id: number;
  started: number;
  stdout: string;
  stderr: string;
  timers: ReturnType<typeof setTimeout>[];
  timedOut: boolean;
  /** The learner pressed Stop: a KeyboardInterrupt that follows is reported as "stopped". */
  stopRequested: boolean;
  resolve: (result: RunResult) => void;
  onOutput?: (stream: "stdout" | "stderr", text: string) => void;
};

/**
 * One Python version in a Web Worker of this tab, as the lesson editors and the playground use it.
 * The same bounds as on the server: at the time limit (or when the learner presses Stop) a signal
 * goes through shared memory; a program that does not unwind in time, such as one long C call, has
 * its worker terminated and replaced. Without cross-origin isolation Stop terminates at once.
 */
export class BrowserEngine {
  private worker: Worker | null = null;
  private ready: Promise<RunResult["python"]> | null = null;
  private active: Active | null = null;
  private interrupt: Int32Array | null = null;
  private nextId = 1;
  private readonly listeners = new Set<(status: EngineStatus) => void>();
  status: EngineStatus = { state: "idle" };

  constructor(
    readonly python: PythonVersion,
    /** Where the app serves this version's Pyodide files, e.g. "/engine-assets/3.14/<build hash>". */
    private readonly assetsPath: string,
  ) {}

  subscribe(listener: (status: EngineStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  load(): Promise<RunResult["python"]> {
    if (this.ready) return this.ready;
    const assetsUrl = new URL(this.assetsPath, window.location.origin).href;
    // Started by the page's inline script while the HTML was parsed (early-start.ts), or now.
    const early = adoptEarlyWorker(this.python, assetsUrl);
    // A module worker served by the app (see scripts/build-engine.ts): Pyodide refuses classic workers.
    const worker = early?.worker ?? new Worker(`${assetsUrl}/engine-worker.mjs`, { type: "module", name: `python-${this.python}` });
    this.worker = worker;
    this.interrupt = early ? early.interrupt : typeof SharedArrayBuffer === "function" && globalThis.crossOriginIsolated ? createInterruptBuffer() : null;
    this.setStatus({ state: "loading", phase: "runtime" });
    let onMessage: (event: MessageEvent<unknown>) => void = () => {};
    let onError: (event: ErrorEvent) => void = () => {};
    this.ready = new Promise((resolve, reject) => {
      onMessage = (event) => {
        const parsed = parseWorkerMessage(event.data);
        if (!parsed.ok) {
          this.fail(`SystemError: ${parsed.reason}; the interpreter was replaced`, reject);
          return;
        }
        const message = parsed.message;
        if (message.type === "loading") this.setStatus({ state: "loading", phase: message.phase });
        else if (message.type === "ready") {
          this.setStatus({ state: "ready", start: message.start ?? "fresh", loadMs: message.loadMs });
          resolve(message.python);
        } else if (message.type === "fatal" && !this.active) {
          this.setStatus({ state: "failed", message: message.message });
          this.discard();
          reject(new Error(message.message));
        } else this.onRunMessage(message);
      };
      onError = (event) => this.fail(`SystemError: ${event.message || "the Python worker failed"}; the interpreter was replaced`, reject);
    });
    worker.onmessage = onMessage;
    worker.onerror = onError;
    if (early) {
      for (const event of early.queued) {
        if (event instanceof MessageEvent) onMessage(event);
        else onError(event as ErrorEvent);
      }
    } else {
      worker.postMessage({ type: "load", python: this.python, assetsUrl, interruptBuffer: this.interrupt } satisfies HostMessage);
    }
    return this.ready;
  }

  async run(source: string, options: RunOptions & { onOutput?: Active["onOutput"] } = {}): Promise<RunResult> {
    if (this.active) throw new Error("a program is already running");
    await this.load();
    const { request } = toRunRequest(source, { ...options, python: this.python });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const active: Active = { id, started: performance.now(), stdout: "", stderr: "", timers: [], timedOut: false, stopRequested: false, resolve, onOutput: options.onOutput };
      this.active = active;
      // Without an interrupt buffer (no cross-origin isolation) nothing reaches Python: the worker is
      // replaced when the clock expires.
      armTimeLimit(
        request,
        active.timers,
        () => {
          active.timedOut = true;
          if (this.interrupt) raiseSignal(this.interrupt, Signal.timeout);
        },
        () => this.replace("timeout", timeoutMessage(request.limits)),
      );
      this.worker?.postMessage({ type: "run", id, request } satisfies HostMessage);
    });
  }

  /** The Stop button: KeyboardInterrupt, as Ctrl-C would give, or a replaced worker if Python is stuck in C. */
  stop(): void {
    const active = this.active;
    if (!active || active.stopRequested) return;
    active.stopRequested = true;
    const message = "KeyboardInterrupt: stopped; the interpreter was replaced";
    if (this.interrupt) {
      raiseSignal(this.interrupt, Signal.stop);
      active.timers.push(setTimeout(() => this.replace("stopped", message), TIMEOUT_GRACE_MS));
    } else this.replace("stopped", message);
  }

  dispose(): void {
    this.discard();
    this.listeners.clear();
  }

  /** The worker broke (an error, a malformed message): the run ends as crashed, or loading fails. */
  private fail(message: string, rejectLoad: (error: Error) => void): void {
    if (this.active) return this.replace("crashed", message);
    this.setStatus({ state: "failed", message });
    this.discard();
    rejectLoad(new Error(message));
  }

  private onRunMessage(message: WorkerMessage): void {
    const active = this.active;
    if (message.type === "retiring") {
      // The worker closed itself: the next run loads a new one.
      this.worker = null;
      this.ready = null;
      this.setStatus({ state: "idle" });
      return;
    }
    if (!active) return;
    if (message.type === "output" && message.id === active.id) {
      for (const { stream, text } of message.chunks) {
        active[stream] += text;
        active.onOutput?.(stream, text);
      }
    } else if (message.type === "result" && message.id === active.id) {
      this.finish(active, markStopped(markTimedOut(message.result, active.timedOut), active.stopRequested));
    } else if (message.type === "fatal") {
      this.replace("crashed", `SystemError: the Python interpreter crashed and was replaced (${message.message})`);
    } else if (message.type === "reached-javascript") {
      this.replace("security", REACHED_JAVASCRIPT);
    }
  }

  private replace(status: "timeout" | "crashed" | "security" | "stopped", message: string): void {
    const active = this.active;
    if (!active) return;
    this.discard();
    this.finish(
      active,
      replacedRunResult(status, message, {
        stdout: active.stdout,
        stderr: active.stderr,
        durationMs: performance.now() - active.started,
        python: { version: this.python, full: "", pyodide: "" },
      }),
    );
  }

  private finish(active: Active, result: RunResult): void {
    for (const timer of active.timers) clearTimeout(timer);
    this.active = null;
    active.resolve(result);
  }

  private discard(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    this.setStatus({ state: "idle" });
  }

  private setStatus(status: EngineStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}
