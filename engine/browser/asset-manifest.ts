import type { PythonVersion } from "../protocol";
import { PYTHON_FILES_BUNDLE } from "../runtime/python-files";

/**
 * What the browser loads for one Python version, and under which build hash. scripts/build-engine.ts
 * writes the manifest (engine/dist/engine-assets.json); the app serves the files at
 * /engine-assets/<python>/<build>/<file> as immutable, since a changed file changes <build>. The
 * build also names the interpreter snapshots a browser keeps (snapshot-store.ts): a snapshot made by
 * other files is never restored.
 */
export const ASSET_MANIFEST = "engine-assets.json";

/** Pyodide's own files a browser needs, from the installed npm packages, by content type. */
export const PYODIDE_BROWSER_FILES: Readonly<Record<string, string>> = {
  "pyodide.mjs": "text/javascript",
  "pyodide.asm.js": "text/javascript",
  "pyodide.asm.mjs": "text/javascript",
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": "application/json",
};

/** The engine's own files (engine/dist), the same for every version, by content type. */
export const BROWSER_ENGINE_FILES: Readonly<Record<string, string>> = {
  "engine-worker.mjs": "text/javascript; charset=utf-8",
  [PYTHON_FILES_BUNDLE]: "application/json; charset=utf-8",
};

export type VersionAssets = {
  /** Content hash of every file below, Pyodide's and the engine's. */
  build: string;
  /** The Pyodide files this release has (a subset of PYODIDE_BROWSER_FILES). */
  files: string[];
};

export type AssetManifest = Record<PythonVersion, VersionAssets>;

/** Where a page finds one version's files, e.g. "/engine-assets/3.14/0123456789abcdef". */
export function assetsPath(python: PythonVersion, build: string): string {
  return `/engine-assets/${python}/${build}`;
}
