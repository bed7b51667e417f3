import path from "node:path";
import { pathToFileURL } from "node:url";

type BatchedPyodide = {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string): unknown;
  setStdout(options: { batched: (line: string) => void }): void;
  setStderr(options: { batched: (line: string) => void }): void;
};

export type CapturingPyodide = {
  FS: BatchedPyodide["FS"];
  runPython(code: string): unknown;
  /** The lines written to stdout and stderr since the last call. */
  takeOutput(): { stdout: string[]; stderr: string[] };
};

/**
 * Plain Pyodide (no Heapwise sandbox) from an installed npm package, for tests of Python modules
 * that must work inside WebAssembly CPython. Only one Pyodide release can be loaded per process.
 */
export async function loadCapturingPyodide(packageDir: string): Promise<CapturingPyodide> {
  const { loadPyodide } = (await import(pathToFileURL(path.join(packageDir, "pyodide.mjs")).href)) as {
    loadPyodide: (options: { indexURL: string }) => Promise<BatchedPyodide>;
  };
  const pyodide = await loadPyodide({ indexURL: `${packageDir}/` });
  let stdout: string[] = [];
  let stderr: string[] = [];
  pyodide.setStdout({ batched: (line) => stdout.push(line) });
  pyodide.setStderr({ batched: (line) => stderr.push(line) });
  return {
    FS: pyodide.FS,
    runPython: (code) => pyodide.runPython(code),
    takeOutput() {
      const taken = { stdout, stderr };
      stdout = [];
      stderr = [];
      return taken;
    },
  };
}
