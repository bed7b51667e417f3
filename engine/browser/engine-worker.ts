/**
 * The browser's engine worker: a thin shell around the same Interpreter the server runs, loaded from
 * /engine-assets (the app serves Pyodide from node_modules, never a CDN). It lives in the learner's own
 * tab; the Python-level blocks of the sandbox module still apply.
 */
import type { HostMessage, WorkerMessage } from "../protocol";
import { installBridgeTripwire } from "../runtime/bridge-tripwire";
import { installHeapCap } from "../runtime/heap-cap";
import { Interpreter } from "../runtime/interpreter";
import { serveRun } from "../runtime/serve-run";
import type { LoadPyodide } from "../runtime/pyodide-api";
import { PYTHON_FILES_BUNDLE, type PythonFiles } from "../runtime/python-files";

// The project's TypeScript lib is "dom"; this is the part of a dedicated worker's scope used here.
type WorkerScope = {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null;
  close(): void;
};
const scope = self as unknown as WorkerScope;
const post = (message: WorkerMessage) => scope.postMessage(message);
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
  const pyodideModule = `${message.assetsUrl}/pyodide.mjs`;
  const { loadPyodide } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pyodideModule)) as { loadPyodide: LoadPyodide };
  post({ type: "loading", phase: "stdlib" });
  const pythonFiles = (await (await fetch(`${message.assetsUrl}/${PYTHON_FILES_BUNDLE}`)).json()) as PythonFiles;
  post({ type: "loading", phase: "sandbox" });
  interpreter = await Interpreter.load({
    version: message.python,
    loadPyodide,
    indexURL: `${message.assetsUrl}/`,
    pythonFiles,
    // Without cross-origin isolation there is no shared memory: Stop then terminates the worker.
    interruptBuffer: message.interruptBuffer ?? new Int32Array(new ArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    heapCap,
    tripwire,
  });
  post({ type: "ready", python: interpreter.python, loadMs: performance.now() - started });
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
