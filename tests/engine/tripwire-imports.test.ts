/**
 * The bridge tripwire's coverage (engine/runtime/bridge-tripwire.ts) against what each installed Pyodide
 * really hands to WebAssembly, read from the packages themselves, so that a Pyodide upgrade that adds an
 * import module or renames an import fails here rather than opening a way around the wire:
 * - the function imports of pyodide.asm.wasm, module by module. The wire walks `env`, which Emscripten
 *   also passes as `wasi_snapshot_preview1`; a function of any other module is never wrapped, so it
 *   must be one reviewed as inert;
 * - the whole `env` object (`var wasmImports = {...}` in pyodide.asm.js), which holds far more than
 *   the main module imports: a side module that dlopen loads, or a pointer from dlsym, reaches any of
 *   it. The imports that evaluate strings or load modules must be there, and guarded;
 * - every reviewed name exists in some installed version (no stale review).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { isGuardedImport } from "@/engine/runtime/bridge-tripwire";
import { INERT_IMPORTS } from "@/engine/runtime/inert-imports";
import { PYODIDE_PACKAGES } from "@/engine/versions";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The modules Emscripten fills with its `wasmImports` object, the one the tripwire walks. */
const WALKED_MODULES = ["env", "wasi_snapshot_preview1"];

/** Imports that run JavaScript given as a string, or load a WebAssembly module whose EM_JS/EM_ASM
 * strings are eval'd as it loads, or start a process or a socket, or plant a timer in the realm. */
const MUST_BE_GUARDED = [
  "emscripten_run_script",
  "emscripten_run_script_int",
  "emscripten_run_script_string",
  "emscripten_async_run_script",
  "emscripten_async_load_script",
  "emscripten_asm_const_int",
  "_dlopen_js",
  "_emscripten_dlopen_js",
  "_dlsym_js",
  "_dlsym_catchup_js",
  "ffi_call_js",
  "__syscall_socket",
  "__syscall_connect",
  "_setitimer_js",
  "emscripten_async_call",
];
/** Of these, one per version: the name changed between Emscripten releases. */
const SYSTEM_IMPORTS = ["system", "_emscripten_system"];

type Package = { version: string; imports: WebAssembly.ModuleImportDescriptor[]; envObject: Set<string>; loader: string };

function readPackage(version: (typeof PYTHON_VERSIONS)[number]): Package {
  const dir = path.join(ROOT, "node_modules", PYODIDE_PACKAGES[version]);
  const loaderFile = ["pyodide.asm.js", "pyodide.asm.mjs"].map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
  if (!loaderFile) throw new Error(`no pyodide.asm.js in ${dir}`);
  const loader = fs.readFileSync(loaderFile, "utf8");
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(path.join(dir, "pyodide.asm.wasm"))));
  return { version, imports, envObject: wasmImportsKeys(loader), loader };
}

/** The keys of Emscripten's `var wasmImports={a:_a,b,...}`: identifiers only, so no nested braces. */
function wasmImportsKeys(loader: string): Set<string> {
  const start = loader.indexOf("var wasmImports={");
  if (start < 0) throw new Error("no `var wasmImports={` in the Pyodide loader");
  const body = loader.slice(start + "var wasmImports={".length, loader.indexOf("}", start));
  return new Set(body.split(",").map((entry) => (entry.split(":")[0] ?? "").trim()));
}

const packages = PYTHON_VERSIONS.map(readPackage);

describe.each(packages)("Pyodide for Python $version", ({ imports, envObject, loader }) => {
  it("passes the one object the tripwire walks as both env and wasi_snapshot_preview1", () => {
    expect(loader).toMatch(/"?env"?:wasmImports,"?wasi_snapshot_preview1"?:wasmImports/);
  });

  it("imports no function the tripwire leaves unguarded without review", () => {
    const functions = imports.filter((entry) => entry.kind === "function");
    expect(functions.length).toBeGreaterThan(200);
    const unreviewed = functions.filter(({ module, name }) =>
      WALKED_MODULES.includes(module) ? isGuardedImport(name) === INERT_IMPORTS.has(name) : !INERT_IMPORTS.has(name),
    );
    expect(unreviewed.map(({ module, name }) => `${module}.${name}`)).toEqual([]);
  });

  it("guards every import that evaluates strings, loads modules, spawns or connects", () => {
    const dangerous = [...MUST_BE_GUARDED, ...SYSTEM_IMPORTS.filter((name) => envObject.has(name))];
    expect(dangerous.filter((name) => !envObject.has(name))).toEqual([]);
    expect(SYSTEM_IMPORTS.some((name) => envObject.has(name))).toBe(true);
    expect(dangerous.filter((name) => !isGuardedImport(name))).toEqual([]);
  });

  it("guards all but a few dozen functions of the env object", () => {
    const unguarded = [...envObject].filter((name) => !isGuardedImport(name));
    expect(unguarded.length).toBeLessThanOrEqual(INERT_IMPORTS.size);
    expect(envObject.size - unguarded.length).toBeGreaterThan(900);
  });
});

it("reviews only imports that an installed Pyodide has", () => {
  const known = new Set(packages.flatMap(({ imports, envObject }) => [...envObject, ...imports.map(({ name }) => name)]));
  expect([...INERT_IMPORTS].filter((name) => !known.has(name))).toEqual([]);
});
