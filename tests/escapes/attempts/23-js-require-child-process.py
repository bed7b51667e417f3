# Route (gets past the Python-level blocks): from the JavaScript realm, the CommonJS ways to
# child_process: the global `require` (absent in the ESM interpreter thread), then
# module.createRequire. The permission model must refuse the command itself.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.create_proxy(print).constructor.constructor
try:
    Function("return require('child_process')")()
    print("ESCAPED: the global require is reachable")
except Exception as missing:
    print(f"no global require: {missing}")
run = Function(
    "cmd",
    "const require = process.getBuiltinModule('module').createRequire('/');"
    "return require('child_process').execSync(cmd, { encoding: 'utf8' });",
)
print(f"ESCAPED: createRequire('child_process') ran on the host: {run(f'touch {MARKER_FILE}; id')}")
