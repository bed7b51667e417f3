import type { PythonVersion, RunResult } from "../protocol";
import { type RunOptions, toRunRequest } from "../run-options";
import { SandboxProcess } from "./sandbox-process";
import type { TripResponse } from "./thread-data";

export type EnginePoolOptions = {
  /** Project root: the engine's bundles and node_modules/pyodide* are found from here. */
  root?: string;
  /** Sandbox processes per Python version; each runs one program at a time. */
  size?: number;
  /** What a sandbox does when a run reaches JavaScript (thread-data.ts). Default "stop"; "observe" is for the escape tests. */
  onTrip?: TripResponse;
};

/**
 * Runs programs on a pool of sandbox processes per Python version, started on first use. Callers
 * beyond the pool's size wait their turn in order.
 */
export class EnginePool {
  private readonly processes = new Map<PythonVersion, SandboxProcess[]>();
  private readonly claimed = new Set<SandboxProcess>();
  private readonly waiting = new Map<PythonVersion, ((process: SandboxProcess) => void)[]>();
  private readonly root: string;
  private readonly size: number;
  private readonly onTrip: TripResponse;

  constructor(options: EnginePoolOptions = {}) {
    this.root = options.root ?? process.cwd();
    this.size = Math.max(1, options.size ?? 2);
    this.onTrip = options.onTrip ?? "stop";
  }

  async run(source: string, options: RunOptions = {}): Promise<RunResult> {
    const { python, request } = toRunRequest(source, options);
    const sandbox = await this.acquire(python);
    try {
      return await sandbox.run(request);
    } finally {
      this.release(sandbox);
    }
  }

  /** Starts every process of a version and waits until Python is loaded in each. */
  async warm(python: PythonVersion): Promise<void> {
    const list = this.list(python);
    while (list.length < this.size) list.push(new SandboxProcess(python, { root: this.root, onTrip: this.onTrip }));
    await Promise.all(list.map((sandbox) => sandbox.start()));
  }

  close(): void {
    for (const list of this.processes.values()) for (const sandbox of list) sandbox.stop();
    this.processes.clear();
  }

  private list(python: PythonVersion): SandboxProcess[] {
    let list = this.processes.get(python);
    if (!list) {
      list = [];
      this.processes.set(python, list);
    }
    return list;
  }

  private acquire(python: PythonVersion): Promise<SandboxProcess> {
    const list = this.list(python);
    const idle = list.find((sandbox) => !this.claimed.has(sandbox));
    if (idle) return Promise.resolve(this.claim(idle));
    if (list.length < this.size) {
      const sandbox = new SandboxProcess(python, { root: this.root, onTrip: this.onTrip });
      list.push(sandbox);
      return Promise.resolve(this.claim(sandbox));
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(python) ?? [];
      queue.push(resolve);
      this.waiting.set(python, queue);
    });
  }

  private claim(sandbox: SandboxProcess): SandboxProcess {
    this.claimed.add(sandbox);
    return sandbox;
  }

  private release(sandbox: SandboxProcess): void {
    const next = this.waiting.get(sandbox.version)?.shift();
    if (next) next(sandbox);
    else this.claimed.delete(sandbox);
  }
}
