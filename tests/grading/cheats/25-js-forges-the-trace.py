# exercise: count-the-references
# targets: three-references, held-by-holders
# cheat: leaves data with one reference, then reaches JavaScript and posts a result whose trace shows, at the marked line, data with three references and holders[0] pointing at it
import _imp
import importlib.machinery
import sys

data = [1, 2, 3]
Function = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core")).to_js([]).constructor.constructor
Function(
    """
    const port = process.getBuiltinModule("worker_threads").parentPort;
    const list = (id, refcount, edges) => ({ id, type: "list", repr: "[...]", refcount, size: 44, size64: 88, tracked: true,
      generation: 0, edges });
    const step = { kind: "step", index: 0, line: 12, frames: [{ function: "<module>", line: 12, locals: {} }],
      globals: { data: 1, holders: 2 }, heap: { changed: [list(1, 3, []), list(2, 1, [["[0]", 1, "ref"]])], removed: [] }, memory: null };
    const trace = { schema: 3, python: "3.14.2", pointerSize: 4, steps: [step], gcEvents: [], truncated: null,
      memory: { source: "none", peak: null, topLines: [], smallBlocks: [] }, notes: [] };
    for (let id = 1; id < 3000; id++) {
      port.postMessage({ type: "result", id, result: { status: "ok", exitCode: 0, stdout: "3\\n", stderr: "", exception: null,
        durationMs: 1, heapBytes: 0, python: { version: "3.14", full: "", pyodide: "" }, trace, inspection: null } });
    }
    """
)()
print(sys.getrefcount(data) - 1)  # mark: count
