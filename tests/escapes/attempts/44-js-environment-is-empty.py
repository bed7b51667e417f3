# Route (gets past the Python-level blocks): every variable of the sandbox's environment, from the
# interpreter thread (process.env) and from the sandbox process's main thread (a worker's eval'd
# code cannot reach the main realm, but the main thread's environment is what Node copies into a
# worker by default). The sandbox starts Node with `env -i` and its threads with `env: {}`: both must
# be empty, so that no setting of the host (NODE_ENV, PWD, a secret) is there to read.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
keys = Function("return JSON.stringify(Object.keys(process.env))")()
if keys != "[]":
    print(f"ESCAPED: the sandbox's environment is not empty: {keys}")
raise LookupError(f"process.env holds {keys}")
