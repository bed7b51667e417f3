/**
 * Bundles the engine's worker entry points into engine/dist/*.mjs.
 * - The two sandbox entry points run in a process that Node's permission model lets read only that
 *   folder and the Pyodide packages, so they must be self-contained JavaScript.
 * - The browser worker must be a real module worker (Pyodide refuses classic workers, which is what
 *   Next's bundler makes of `new Worker(...)`), so it is bundled here and served by the app.
 * - The engine's Python files go into one JSON file (engine/runtime/python-files.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { PYTHON_FILES_BUNDLE, type PythonFiles } from "../engine/runtime/python-files";

const root = path.resolve(import.meta.dirname, "..");

/** Python sources of a folder (not recursive), keyed by `prefix` + file name. */
function pythonSources(dir: string, prefix: string): PythonFiles {
  const files: PythonFiles = {};
  for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
    if (name.endsWith(".py")) files[`${prefix}${name}`] = fs.readFileSync(path.join(root, dir, name), "utf8");
  }
  return files;
}

const pythonFiles: PythonFiles = {
  ...pythonSources("engine/python", ""),
  ...pythonSources("engine/probe/heapwise_probe", "heapwise_probe/"),
  ...pythonSources("engine/probe", "lib/"),
};
fs.mkdirSync(path.join(root, "engine/dist"), { recursive: true });
fs.writeFileSync(path.join(root, "engine/dist", PYTHON_FILES_BUNDLE), JSON.stringify(pythonFiles));

await build({
  entryPoints: {
    "sandbox-child": path.join(root, "engine/node/sandbox-child.ts"),
    "interpreter-thread": path.join(root, "engine/node/interpreter-thread.ts"),
  },
  outdir: path.join(root, "engine/dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  logLevel: "warning",
});

await build({
  entryPoints: { "engine-worker": path.join(root, "engine/browser/engine-worker.ts") },
  outdir: path.join(root, "engine/dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  logLevel: "warning",
});
