import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { isPythonVersion } from "@/engine/protocol";
import { PYODIDE_PACKAGES } from "@/engine/versions";

/** The files a browser needs to start Pyodide, and nothing else from node_modules. */
const PYODIDE_FILES: Record<string, string> = {
  "pyodide.mjs": "text/javascript",
  "pyodide.asm.js": "text/javascript",
  "pyodide.asm.mjs": "text/javascript",
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": "application/json",
};
const SANDBOX_FILE = "heapwise_sandbox.py";
/** The browser worker, bundled by scripts/build-engine.ts; the same file serves every version. */
const WORKER_FILE = "engine-worker.mjs";

export type EngineAsset = { body: Uint8Array; contentType: string };

/**
 * Pyodide is served from the installed npm packages (never a CDN), under /engine-assets/<python>/.
 * Returns null for anything not on the list, so the route cannot be used to read other files.
 */
export async function readEngineAsset(python: string, file: string): Promise<EngineAsset | null> {
  if (!isPythonVersion(python)) return null;
  const root = process.cwd();
  if (file === SANDBOX_FILE) {
    return { body: await fs.readFile(path.join(root, "engine", "python", SANDBOX_FILE)), contentType: "text/x-python; charset=utf-8" };
  }
  if (file === WORKER_FILE) {
    return { body: await fs.readFile(path.join(root, "engine", "dist", WORKER_FILE)), contentType: "text/javascript; charset=utf-8" };
  }
  const contentType = PYODIDE_FILES[file];
  if (!contentType) return null;
  try {
    return { body: await fs.readFile(path.join(root, "node_modules", PYODIDE_PACKAGES[python], file)), contentType };
  } catch {
    // e.g. pyodide.asm.mjs exists only in the newest release.
    return null;
  }
}
