/**
 * Entry point of the worker thread that owns one interpreter, inside a sandbox process. A thin shell:
 * it loads the Interpreter and answers run requests; the process around it keeps time.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import type { HostMessage, WorkerMessage } from "../protocol";
import { installBridgeTripwire, reportTripTo } from "../runtime/bridge-tripwire";
import { installHeapCap } from "../runtime/heap-cap";
import { Interpreter } from "../runtime/interpreter";
import { serveRun } from "../runtime/serve-run";
import type { LoadPyodide } from "../runtime/pyodide-api";
import type { PythonFiles } from "../runtime/python-files";
import { allowPyodideUnderPermissionModel } from "./permission-shim";
import type { InterpreterThreadData } from "./thread-data";

const port = parentPort;
if (!port) throw new Error("interpreter-thread must run as a worker thread");
const data = workerData as InterpreterThreadData;
const post = (message: WorkerMessage) => port.postMessage(message);

allowPyodideUnderPermissionModel();
const heapCap = installHeapCap();
const tripwire = installBridgeTripwire(reportTripTo(data.tripCell));
const started = performance.now();
const { loadPyodide } = (await import(pathToFileURL(path.join(data.pyodideDir, "pyodide.mjs")).href)) as { loadPyodide: LoadPyodide };
const interpreter = await Interpreter.load({
  version: data.version,
  loadPyodide,
  indexURL: `${data.pyodideDir}/`,
  pythonFiles: JSON.parse(fs.readFileSync(data.pythonFiles, "utf8")) as PythonFiles,
  interruptBuffer: data.interruptBuffer,
  heapCap,
  tripwire,
});
post({ type: "ready", python: interpreter.python, loadMs: performance.now() - started });

port.on("message", (message: HostMessage) => {
  if (message.type === "shutdown") process.exit(0);
  if (message.type !== "run") return;
  // The sandbox process loads a new interpreter when this thread ends.
  if (serveRun(interpreter, message, post) === "end") process.exit(0);
});
