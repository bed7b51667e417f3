# Route (gets past the Python-level blocks): end the interpreter thread from inside, with
# process.exit (in a worker it ends the thread, not the process), so that the host waits for a
# result that never comes, or takes the exit for a crash that a retry would repeat. The host must
# end the run as a SecurityError at once and run the next program on a new thread.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
Function("process.exit(0)")()
print("ESCAPED: the thread went on after process.exit")
raise RuntimeError("process.exit returned")
