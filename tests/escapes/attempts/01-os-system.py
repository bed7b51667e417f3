# Route: os.system, which Emscripten implements with Node's child_process.spawnSync, i.e. a real host
# shell in plain Pyodide. Goal: leave a marker file on the host.
import os

status = os.system(f"id > {MARKER_FILE}")
print(f"ESCAPED: os.system ran a host shell (status {status})")
