import { INERT_IMPORTS } from "./inert-imports";
import { beforeWasmInstantiate } from "./wasm-imports";

/**
 * A tripwire on Pyodide's bridge from Python to JavaScript. Once a program gets past the Python-level
 * blocks it reaches JavaScript objects only through Pyodide's FFI, i.e. through these WebAssembly
 * imports; a JavaScript realm it has touched cannot be trusted with the next learner's run (a hook
 * planted there would outlive the memory restore). The tripwire records the first bridge call made
 * while armed into shared memory that only the host reads, before the program holds any JavaScript
 * value, so the program cannot undo it; the host then replaces the interpreter.
 *
 * Armed only while learner code runs: the engine's own calls into Python use the bridge too.
 */
export type BridgeTripwire = { arm(): void; disarm(): void };

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

export function installBridgeTripwire(tripped: Int32Array): BridgeTripwire {
  let armed = false;
  beforeWasmInstantiate((imports) => {
    const env = imports.env;
    if (!env) return;
    for (const [name, original] of Object.entries(env)) {
      if (typeof original !== "function" || !isGuardedImport(name)) continue;
      const guarded = function (this: unknown, ...args: unknown[]): unknown {
        if (armed) Atomics.store(tripped, 0, 1);
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
