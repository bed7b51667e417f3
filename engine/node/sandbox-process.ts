import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { type HostMessage, type PythonVersion, type RunRequest, type RunResult, parseWorkerMessage } from "../protocol";
import { TIMEOUT_GRACE_MS, recordingBudgetMs, replacedRunResult, timeoutMessage } from "../runtime/run-limits";
import { PYTHON_FILES_BUNDLE } from "../runtime/python-files";
import { PYODIDE_PACKAGES } from "../versions";
import { SANDBOX_ENV, sandboxCommand } from "./sandbox-command";
import type { SandboxConfig, TripResponse } from "./thread-data";

/** How long past its own time limit a sandbox may stay silent before the host kills the process. */
const HARD_DEADLINE_MS = 10_000;
/** Loading Python in a fresh process: cold start of the slowest release, with room for a busy machine. */
const LOAD_TIMEOUT_MS = 60_000;

export type SandboxOptions = {
  /** Project root: the engine's bundles and node_modules/pyodide* are found from here. */
  root: string;
  /** What the sandbox does when a run reaches JavaScript (thread-data.ts); "stop" but in the escape tests. */
  onTrip: TripResponse;
};

type Pending = { id: number; resolve: (result: RunResult) => void; timer: NodeJS.Timeout; started: number; python: RunResult["python"] };

/**
 * The host's handle on one sandbox process (engine/node/sandbox-child.ts) for one Python version. It
 * runs one program at a time. If the process dies or stops answering, the pending run gets a result
 * that says so and the next run starts a new process: a crash never loses a caller's promise.
 */
export class SandboxProcess {
  private child: ChildProcess | null = null;
  private ready: Promise<RunResult["python"]> | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  private diagnostics: string[] = [];

  constructor(
    readonly version: PythonVersion,
    private readonly options: SandboxOptions,
  ) {}

  /** Starts the process (if needed) and resolves once its interpreter is loaded. */
  start(): Promise<RunResult["python"]> {
    if (this.ready) return this.ready;
    const { root } = this.options;
    const engineDist = path.join(root, "engine", "dist");
    const pyodideDir = path.join(root, "node_modules", PYODIDE_PACKAGES[this.version]);
    const config: SandboxConfig = {
      version: this.version,
      pyodideDir,
      pythonFiles: path.join(engineDist, PYTHON_FILES_BUNDLE),
      threadScript: path.join(engineDist, "interpreter-thread.mjs"),
      onTrip: this.options.onTrip,
    };
    const command = sandboxCommand(root, path.join(engineDist, "sandbox-child.mjs"), [engineDist, pyodideDir], [JSON.stringify(config)]);
    const child = spawn(command.file, command.args, { env: SANDBOX_ENV, stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" });
    this.child = child;
    this.diagnostics = [];
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.diagnostics.push(chunk);
      if (this.diagnostics.length > 50) this.diagnostics.shift();
    });
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Python ${this.version} did not load within ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
      child.on("message", (data: unknown) => {
        const parsed = parseWorkerMessage(data);
        if (!parsed.ok) {
          // The sandbox process's own code sends only well-formed messages: this one is not to be believed.
          this.diagnostics.push(parsed.reason);
          this.kill();
          return;
        }
        const message = parsed.message;
        if (message.type === "ready") {
          clearTimeout(timer);
          resolve(message.python);
        } else if (message.type === "fatal") {
          clearTimeout(timer);
          reject(new Error(message.message));
        } else if (message.type === "result") this.settle(message.id, message.result);
      });
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        const why = `the Python ${this.version} sandbox process exited (${signal ?? `code ${code}`})${this.diagnosticTail()}`;
        reject(new Error(why));
        this.onExit(child, why);
      });
    });
    this.ready.catch(() => this.onExit(child, "failed to start"));
    return this.ready;
  }

  async run(request: RunRequest): Promise<RunResult> {
    if (this.pending) throw new Error("a sandbox process runs one program at a time");
    const python = await this.start();
    const child = this.child;
    if (!child) throw new Error("the sandbox process is not running");
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<RunResult>((resolve) => {
      const timer = setTimeout(() => {
        // The sandbox's own clock failed to answer: end the whole process.
        this.settle(
          id,
          replacedRunResult("timeout", timeoutMessage(request.limits), {
            stdout: "",
            stderr: "",
            durationMs: performance.now() - started,
            python,
          }),
        );
        this.kill();
      }, request.limits.timeoutMs + recordingBudgetMs(request) + TIMEOUT_GRACE_MS + HARD_DEADLINE_MS);
      this.pending = { id, resolve, timer, started, python };
      child.send({ type: "run", id, request } satisfies HostMessage);
    });
  }

  kill(): void {
    const child = this.child;
    this.child = null;
    this.ready = null;
    child?.kill("SIGKILL");
  }

  stop(): void {
    if (this.child?.connected) this.child.send({ type: "shutdown" } satisfies HostMessage);
    this.kill();
  }

  private settle(id: number, result: RunResult): void {
    const pending = this.pending;
    if (!pending || pending.id !== id) return;
    clearTimeout(pending.timer);
    this.pending = null;
    pending.resolve(result);
  }

  private onExit(child: ChildProcess, why: string): void {
    if (this.child === child) {
      this.child = null;
      this.ready = null;
    }
    const pending = this.pending;
    if (pending) {
      clearTimeout(pending.timer);
      this.pending = null;
      const message = `SystemError: the Python sandbox stopped during the run and was replaced (${why})`;
      pending.resolve(
        replacedRunResult("crashed", message, { stdout: "", stderr: "", durationMs: performance.now() - pending.started, python: pending.python }),
      );
    }
  }

  private diagnosticTail(): string {
    const text = this.diagnostics.join("").trim();
    return text ? `:\n${text.split("\n").slice(-12).join("\n")}` : "";
  }
}
