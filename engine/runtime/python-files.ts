/**
 * The engine's Python code as the interpreter receives it: file contents by path under Pyodide's
 * /heapwise folder. scripts/build-engine.ts gathers them into engine/dist/python-files.json, the
 * one file a worker reads (the Node sandbox may read only engine/dist and Pyodide; the browser
 * fetches it once).
 *
 * - heapwise_sandbox.py: the lockdown and program runner (engine/python/)
 * - heapwise_probe/*.py: the probe package (engine/probe/heapwise_probe/)
 * - lib/*.py: modules programs may import, e.g. memory_profiler (engine/probe/*.py)
 *
 * The worker contract the sandbox module reads is not among them: the interpreter writes it from
 * the copy bundled with its own code (engine/contract/worker-contract.ts), so both sides always read
 * the values of one build.
 */
export type PythonFiles = Record<string, string>;

export const PYTHON_FILES_BUNDLE = "python-files.json";
