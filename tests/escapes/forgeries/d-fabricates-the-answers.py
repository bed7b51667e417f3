# exercise: collect-the-cycle
# claims: True
# forgery: (d) a program that frees no cycle, leaves its Node alive and prints nothing, yet posts,
# for every run id, a result whose inspection answers are what a passing solution gets: the
# collector freed two objects, no Node is alive, the program printed True.
import _imp
import importlib.machinery


class Node:
    pass


kept = Node()
core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
Function(
    """
    const port = process.getBuiltinModule("worker_threads").parentPort;
    const inspection = { programStdout: "True\\n", programStderr: "", collectedBefore: 0,
      answers: [{ collected: 2 }, { count: 0, chain: null }] };
    for (let id = 1; id < 3000; id++) {
      port.postMessage({ type: "result", id, result: { status: "ok", exitCode: 0, stdout: "True\\n", stderr: "",
        exception: null, durationMs: 1, heapBytes: 0, python: { version: "3.14", full: "", pyodide: "" },
        trace: null, inspection } });
    }
    """
)()
