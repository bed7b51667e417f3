# Route (gets past the Python-level blocks): Node's fs module from the JavaScript realm, writing a
# marker file in a host temp folder, first through the promise-less sync API, then through a file
# descriptor from fs.openSync. The permission model grants no writes at all.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
write = Function(
    "path",
    "const fs = process.getBuiltinModule('fs');"
    "try { fs.writeFileSync(path, 'written from the sandbox'); } catch (first) {"
    "  const fd = fs.openSync(path, 'w'); fs.writeSync(fd, 'written from the sandbox'); fs.closeSync(fd); }"
    "return 'written';",
)
print(f"ESCAPED: {write(MARKER_FILE)} {MARKER_FILE} on the host")
