# Route (gets past the Python-level blocks): talk to the sandbox process as if this were its
# interpreter thread: announce a different Python build, ask to be retired, send malformed messages
# (a string, results with the wrong shape for every run id, output of the wrong type). The host must
# believe none of it: the run ends as a SecurityError, the thread's own result (this RuntimeError) is
# all it reports, and the next run meets a new, healthy interpreter. Forgeries of a well-formed
# result are tests/escapes/forgeries.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
Function(
    """
    const port = process.getBuiltinModule("worker_threads").parentPort;
    const python = { version: "3.14", full: "9.9.9", pyodide: "forged" };
    port.postMessage({ type: "ready", python, loadMs: 1 });
    port.postMessage("result");
    port.postMessage({ type: "result", id: 1, result: { status: "ok" } });
    port.postMessage({ type: "output", id: 1, stream: "stdout", text: 42 });
    for (let id = 1; id < 200; id++) {
      port.postMessage({ type: "output", id, stream: "stdout", text: "FORGED output\\n" });
      port.postMessage({ type: "result", id, result: { status: "ok", exitCode: 0, stdout: "FORGED result\\n" } });
    }
    port.postMessage({ type: "retiring" });
    """
)()
raise RuntimeError("sent forged messages to the sandbox process")
