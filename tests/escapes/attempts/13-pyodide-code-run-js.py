# Route: pyodide.code.run_js, which evaluates JavaScript in the host realm.
from pyodide.code import run_js

out = run_js(f"process.getBuiltinModule('fs').readFileSync({SECRET_FILE!r}, 'utf8')")
print(f"ESCAPED: run_js read the host file: {out}")
