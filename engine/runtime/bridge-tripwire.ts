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

/** Imports whose names look like the bridge but are Emscripten's C runtime, used by every program. */
const RUNTIME_IMPORTS = new Set([
  "_PyEM_InitTrampoline_js",
  "_PyEM_TrampolineCall_JS",
  "JsvError_Check",
  "__syscall_getuid32_js",
  "__syscall_umask_js",
  "_abort_js",
  "_gmtime_js",
  "_localtime_js",
  "_mktime_js",
  "_mmap_js",
  "_msync_js",
  "_munmap_js",
  "_setitimer_js",
  "_timegm_js",
  "_tzset_js",
  "emscripten_log_impl_js",
  "emscripten_memcpy_js",
]);
const BRIDGE_IMPORT = /js|proxy|hiwire/i;
const COPIED_PROPERTIES_SKIP = new Set(["length", "name", "prototype", "arguments", "caller"]);

export function installBridgeTripwire(tripped: Int32Array): BridgeTripwire {
  let armed = false;
  beforeWasmInstantiate((imports) => {
    const env = imports.env;
    if (!env) return;
    for (const [name, original] of Object.entries(env)) {
      if (typeof original !== "function" || !BRIDGE_IMPORT.test(name) || RUNTIME_IMPORTS.has(name)) continue;
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
