# Route: ctypes into the Emscripten runtime: emscripten_run_script_int evaluates JavaScript.
import ctypes

libc = ctypes.CDLL(None)
pid = libc.emscripten_run_script_int(b"process.getBuiltinModule('child_process').execSync('true'), process.pid")
print(f"ESCAPED: ctypes ran JavaScript, pid {pid}")
