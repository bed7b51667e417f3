import { WORKER_CONTRACT } from "../contract/worker-contract";
import { beforeWasmInstantiate } from "./wasm-imports";

/**
 * Signal numbers written into Pyodide's interrupt buffer, from the worker contract. Python raises
 * the signal at its next bytecode boundary and the sandbox's handlers (engine/python/heapwise_sandbox.py),
 * installed for the same numbers, turn each into a clear exception:
 * - stop (SIGINT): the learner pressed Stop; KeyboardInterrupt, as Ctrl-C would give.
 * - timeout (SIGXCPU): wall time is up; TimeoutError.
 * - outputLimit (SIGXFSZ): too much output; OutputLimitExceeded.
 * A single long C call never reaches a boundary: then the host replaces the worker.
 */
export const Signal = WORKER_CONTRACT.signals;

export type SignalNumber = (typeof Signal)[keyof typeof Signal];

/** The buffer Pyodide polls: one Int32 in shared memory, so another thread can write it mid-run. */
export function createInterruptBuffer(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

export function raiseSignal(buffer: Int32Array, signal: SignalNumber): void {
  Atomics.store(buffer, 0, signal);
}

export function clearSignal(buffer: Int32Array): void {
  Atomics.store(buffer, 0, 0);
}

/**
 * Pyodide polls the interrupt buffer through a JavaScript helper that looks the buffer up on its
 * Module object inside a try block; on a CPU-bound program that costs about 8% (measured here). This
 * helper reads the same buffer directly. It must be installed before Pyodide is instantiated, and
 * Pyodide's setInterruptBuffer must still be given the same buffer (that switches polling on).
 */
export function installSignalCheck(buffer: Int32Array): void {
  beforeWasmInstantiate((imports) => {
    if (imports.env && typeof imports.env._Py_CheckEmscriptenSignals_Helper === "function") {
      imports.env._Py_CheckEmscriptenSignals_Helper = () => {
        const signal = buffer[0] ?? 0;
        if (signal !== 0) buffer[0] = 0;
        return signal;
      };
    }
  });
}
