import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { isPythonVersion } from "@/engine/protocol";
import { PYTHON_FILES_BUNDLE } from "@/engine/runtime/python-files";
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
/** Built by scripts/build-engine.ts; the same files serve every version. */
const ENGINE_FILES: Record<string, string> = {
  "engine-worker.mjs": "text/javascript; charset=utf-8",
  [PYTHON_FILES_BUNDLE]: "application/json; charset=utf-8",
};

export type EngineAsset = { body: Uint8Array; contentType: string };

/**
 * Pyodide is served from the installed npm packages (never a CDN), under /engine-assets/<python>/.
 * Returns null for anything not on the list, so the route cannot be used to read other files.
 */
export async function readEngineAsset(python: string, file: string): Promise<EngineAsset | null> {
  if (!isPythonVersion(python)) return null;
  const root = process.cwd();
  const engineFile = ENGINE_FILES[file];
  if (engineFile) return { body: await fs.readFile(path.join(root, "engine", "dist", file)), contentType: engineFile };
  const contentType = PYODIDE_FILES[file];
  if (!contentType) return null;
  try {
    return { body: await fs.readFile(path.join(root, "node_modules", PYODIDE_PACKAGES[python], file)), contentType };
  } catch {
    // e.g. pyodide.asm.mjs exists only in the newest release.
    return null;
  }
}
