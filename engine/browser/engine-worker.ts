/**
 * The browser's engine worker: a thin shell around the same Interpreter the server runs, loaded from
 * /engine-assets (the app serves Pyodide from node_modules, never a CDN). It lives in the learner's own
 * tab; the Python-level blocks of the sandbox module still apply.
 */
import type { HostMessage, LoadStart, WorkerMessage } from "../protocol";
import { installBridgeTripwire } from "../runtime/bridge-tripwire";
import { installHeapCap } from "../runtime/heap-cap";
import { Interpreter, type InterpreterSetup } from "../runtime/interpreter";
import { serveRun } from "../runtime/serve-run";
import type { LoadPyodide } from "../runtime/pyodide-api";
import { PYTHON_FILES_BUNDLE, type PythonFiles } from "../runtime/python-files";
import { SNAPSHOT_VERSIONS, forgetSnapshot, readSnapshot, storeSnapshot } from "./snapshot-store";

// The project's TypeScript lib is "dom"; this is the part of a dedicated worker's scope used here.
type WorkerScope = {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null;
  close(): void;
};
const scope = self as unknown as WorkerScope;
const post = (message: WorkerMessage) => scope.postMessage(message);
// Both hook Pyodide's WebAssembly instantiation, which a restore from a snapshot goes through too.
const heapCap = installHeapCap();
// The learner's own tab, but a shared link may run someone else's code here: a program that
// reaches JavaScript is stopped before it holds a JavaScript value, and the page replaces the worker.
const tripwire = installBridgeTripwire(() => {
  post({ type: "reached-javascript" });
  haltUntilTerminated();
});
let interpreter: Interpreter | null = null;

async function load(message: Extract<HostMessage, { type: "load" }>): Promise<void> {
  const started = performance.now();
  post({ type: "loading", phase: "runtime" });
  const canSnapshot = SNAPSHOT_VERSIONS.has(message.python);
  // Everything is asked for at once: the stored snapshot, Pyodide's loader and the engine's files.
  const [stored, { loadPyodide }, pythonFiles] = await Promise.all([
    canSnapshot ? readSnapshot(message.python, message.assetsUrl) : null,
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${message.assetsUrl}/pyodide.mjs`) as Promise<{ loadPyodide: LoadPyodide }>,
    fetch(`${message.assetsUrl}/${PYTHON_FILES_BUNDLE}`).then((response) => response.json() as Promise<PythonFiles>),
  ]);
  const setup: InterpreterSetup = {
    version: message.python,
    loadPyodide,
    indexURL: `${message.assetsUrl}/`,
    pythonFiles,
    // Without cross-origin isolation there is no shared memory: Stop then terminates the worker.
    interruptBuffer: message.interruptBuffer ?? new Int32Array(new ArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    heapCap,
    tripwire,
  };
  let start: LoadStart = "fresh";
  if (stored && "found" in stored) {
    post({ type: "loading", phase: "sandbox" });
    try {
      interpreter = await Interpreter.load({ ...setup, snapshot: { restore: stored.found } });
      start = "snapshot";
    } catch {
      // A snapshot that Pyodide refuses or that does not come up locked down: load as on a first
      // visit, which replaces it.
      await forgetSnapshot(message.python);
    }
  }
  let made: Uint8Array | null = null;
  if (!interpreter) {
    post({ type: "loading", phase: "stdlib" });
    interpreter = await Interpreter.load({ ...setup, snapshot: canSnapshot ? { onMade: (snapshot) => (made = snapshot) } : undefined });
  }
  post({ type: "ready", python: interpreter.python, loadMs: performance.now() - started, start });
  // Stored after "ready", so the first run does not wait for it; a failure only costs the next page.
  if (made) await storeSnapshot(message.python, message.assetsUrl, made).catch(() => {});
}

/** Blocks this worker for good; the page terminates it on the message sent just before. */
function haltUntilTerminated(): never {
  if (typeof SharedArrayBuffer === "function") {
    const cell = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    for (;;) Atomics.wait(cell, 0, 0);
  }
  for (;;);
}

scope.onmessage = (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message.type === "load") {
    load(message).catch((error: unknown) => post({ type: "fatal", message: `could not load Python: ${String(error)}` }));
  } else if (message.type === "run") {
    if (!interpreter) {
      post({ type: "fatal", message: "Python is not loaded yet" });
      return;
    }
    if (serveRun(interpreter, message, post) === "end") scope.close();
  } else {
    scope.close();
  }
};
