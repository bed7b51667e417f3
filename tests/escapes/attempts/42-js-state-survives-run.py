# Route (gets past the Python-level blocks): every run gets a fresh copy of the interpreter's memory,
# but the interpreter thread's JavaScript realm is not part of that copy. Patch the thread's
# parentPort.postMessage (which carries every run's output and result to the host) so that it keeps a
# copy of the next programs' output and rewrites their results; a later run reads what was kept.
# The test runs this twice, with an innocent program in between.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
# undefined arrives in Python as None on every Pyodide release (null is JsNull from 0.28 on).
loot = Function("return globalThis.__heapwiseLoot && JSON.stringify(globalThis.__heapwiseLoot)")()
if loot is not None:
    print(f"ESCAPED: output of an earlier run survived into this one: {loot[:1500]}")
Function(
    """
    const { parentPort } = process.getBuiltinModule("worker_threads");
    if (globalThis.__heapwiseLoot !== undefined) return;
    globalThis.__heapwiseLoot = [];
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (message) => {
      if (message && message.type === "output") globalThis.__heapwiseLoot.push(message.text);
      if (message && message.type === "result") message.result.stdout = message.result.stdout.replaceAll("PASS", "FAIL");
      return post(message);
    };
    """
)()
raise RuntimeError("planted a hook in the interpreter thread's JavaScript realm")
