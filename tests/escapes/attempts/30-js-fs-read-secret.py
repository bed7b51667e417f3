# Route (gets past the Python-level blocks): Node's fs module from the JavaScript realm, reading the
# host's secret file and /etc/passwd. Node's permission model must refuse both (only the engine's own
# folders are readable).
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
read = Function("path", "return process.getBuiltinModule('fs').readFileSync(path, 'utf8')")
for path in ("/etc/passwd", SECRET_FILE):
    print(f"ESCAPED: fs.readFileSync({path!r}): {read(path)[:300]!r}")
