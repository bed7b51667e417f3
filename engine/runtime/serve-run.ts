import type { HostMessage, WorkerMessage } from "../protocol";
import type { Interpreter } from "./interpreter";
import { OutputBatcher } from "./output-batcher";

/**
 * What both worker shells (the Node interpreter thread, the browser's Web Worker) do with a run
 * request: run it, stream its output in batches, report its result. Returns whether the worker must
 * end: after a run whose traces could not all be undone ("retiring"), or when Pyodide failed fatally
 * (say, the native stack overflowed), in which case the host is told and replaces the worker.
 */
export function serveRun(interpreter: Interpreter, message: Extract<HostMessage, { type: "run" }>, post: (message: WorkerMessage) => void): "keep" | "end" {
  const output = new OutputBatcher((chunks) => post({ type: "output", id: message.id, chunks }));
  try {
    const result = interpreter.run(message.request, { onOutput: (stream, text) => output.write(stream, text) });
    output.flush();
    post({ type: "result", id: message.id, result });
    if (interpreter.reusable) return "keep";
    post({ type: "retiring" });
    return "end";
  } catch (error) {
    output.flush();
    post({ type: "fatal", message: error instanceof Error ? error.message : String(error) });
    return "keep";
  }
}
