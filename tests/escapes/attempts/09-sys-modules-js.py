# Route: take the already-imported `js` (or `pyodide_js`) module object straight out of sys.modules,
# without going through the import system that the sandbox guards.
import sys

js = sys.modules.get("pyodide_js") or sys.modules["js"]
print(f"ESCAPED: found the js module in sys.modules: {js.process.pid}")
