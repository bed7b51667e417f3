# Route: importlib.import_module("pyodide_js"), Pyodide's whole JavaScript API object
# (runPython, FS with NODEFS, loadPackage...).
import importlib

pyodide_js = importlib.import_module("pyodide_js")
print(f"ESCAPED: imported pyodide_js {pyodide_js.version}")
