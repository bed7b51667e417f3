# exercise: close-the-file
# claims: FORGED
# forgery: (b) the tripwire's flag is shared memory that the interpreter thread holds (workerData):
# zero every Int32Array there (the flag, the interrupt buffer), so that nothing shows the trip, then
# post a fabricated result for every run id.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
Function(
    """
    const { parentPort, workerData } = process.getBuiltinModule("worker_threads");
    for (const value of Object.values(workerData)) {
      if (value instanceof Int32Array) { value.fill(0); Atomics.notify(value, 0); }
    }
    for (let id = 1; id < 3000; id++) {
      parentPort.postMessage({ type: "result", id, result: { status: "ok", exitCode: 0, stdout: "FORGED\\n", stderr: "",
        exception: null, durationMs: 1, heapBytes: 0, python: { version: "3.14", full: "", pyodide: "" },
        trace: null, inspection: null } });
    }
    """
)()
print("the program's own output")
