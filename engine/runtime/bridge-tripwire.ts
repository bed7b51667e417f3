import { INERT_IMPORTS } from "./inert-imports";
import { beforeWasmInstantiate } from "./wasm-imports";

/**
 * A tripwire on Pyodide's bridge from Python to JavaScript. Once a program gets past the Python-level
 * blocks it reaches JavaScript only through Pyodide's WebAssembly imports (the FFI, dlopen, script
 * evaluation). JavaScript in the interpreter thread can forge anything the thread tells its host (a
 * run's result, the grader's answers, the trace) and can rewrite or reset anything the thread holds,
 * shared memory included. So the trip must be known outside the thread before the program holds a
 * single JavaScript value:
 *
 * the first guarded call made while armed writes `tripped` into a cell shared with the sandbox
 * process's main thread, wakes it (Atomics.notify), and blocks until that thread has written
 * `recorded` back. The main thread keeps the fact in its own memory, which no code of this thread
 * can reach, and from then on accepts nothing this thread says about the run
 * (engine/node/sandbox-child.ts). It normally terminates the thread right there, so the guarded
 * call never returns and no learner JavaScript runs at all.
 *
 * Armed only while learner code runs: the engine's own calls into Python use the bridge too.
 */
export type BridgeTripwire = { arm(): void; disarm(): void };

/** The values of the shared cell (an Int32Array of one element, index 0). */
export const TripState = {
  clear: 0,
  /** Written by the thread: a guarded import was called while armed. */
  tripped: 1,
  /** Written by the host once the trip is in its own memory; only then does the thread go on. */
  recorded: 2,
  /** Written by the host when it discards a thread, to release its own waiter; the thread does not go on. */
  discarded: 3,
} as const;

/**
 * Whether the tripwire guards an import: all of them but those reviewed as inert (inert-imports.ts).
 * Default-deny, because the bridge is not only what is named like it: Emscripten also hands Pyodide
 * emscripten_run_script (eval), dlopen (a side module's EM_JS/EM_ASM are eval'd as it loads), system()
 * (child_process), sockets (WebSockets), timers that outlive the run, and Pyodide's own FFI helpers,
 * and a side module or a forged function pointer can reach any of them, not only what the main
 * module imports.
 */
export function isGuardedImport(name: string): boolean {
  return !INERT_IMPORTS.has(name);
}

const COPIED_PROPERTIES_SKIP = new Set(["length", "name", "prototype", "arguments", "caller"]);

/** What a run that tripped the wire ends with, in the sandbox and in the browser. */
export const REACHED_JAVASCRIPT = "SecurityError: the program reached outside Python; this run does not count";

/**
 * Installs the tripwire on the next Pyodide instantiated in this thread. `onTrip` runs inside the
 * first guarded call made while armed, before that call does anything; it must not return until the
 * host knows (see reportTripTo and the browser worker's halt).
 */
export function installBridgeTripwire(onTrip: () => void): BridgeTripwire {
  let armed = false;
  let reported = false;
  beforeWasmInstantiate((imports) => {
    const env = imports.env;
    if (!env) return;
    for (const [name, original] of Object.entries(env)) {
      if (typeof original !== "function" || !isGuardedImport(name)) continue;
      const guarded = function (this: unknown, ...args: unknown[]): unknown {
        if (armed && !reported) {
          reported = true;
          onTrip();
        }
        return (original as (...values: unknown[]) => unknown).apply(this, args);
      };
      // Emscripten reads metadata (e.g. `sig`) off some imports.
      for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(original))) {
        if (!COPIED_PROPERTIES_SKIP.has(key)) Object.defineProperty(guarded, key, descriptor);
      }
      env[name] = guarded;
    }
  });
  return {
    arm: () => {
      armed = true;
    },
    disarm: () => {
      armed = false;
    },
  };
}

/**
 * The interpreter thread's report of a trip: into `cell`, shared with the sandbox process's main
 * thread, which is woken and writes `recorded` back once the trip is in its own memory. The program
 * can do nothing meanwhile: this thread is blocked inside the guarded call.
 */
export function reportTripTo(cell: Int32Array): () => void {
  return () => {
    Atomics.store(cell, 0, TripState.tripped);
    Atomics.notify(cell, 0);
    for (let state = Atomics.load(cell, 0); state !== TripState.recorded; state = Atomics.load(cell, 0)) Atomics.wait(cell, 0, state);
  };
}
