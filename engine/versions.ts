import type { PythonVersion } from "./protocol";

/**
 * The Pyodide release that provides each CPython version, installed side by side under npm aliases
 * (package.json). Two releases cannot share one JavaScript realm, so each interpreter gets its own
 * worker.
 */
export const PYODIDE_PACKAGES: Record<PythonVersion, string> = {
  "3.11": "pyodide311",
  "3.12": "pyodide312",
  "3.13": "pyodide313",
  "3.14": "pyodide",
};
