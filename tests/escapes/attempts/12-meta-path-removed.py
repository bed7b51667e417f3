# Route: remove the sandbox's blocking finder from sys.meta_path, invalidate the caches, then import the
# JavaScript bridge as if nothing had been installed.
import importlib
import sys

sys.meta_path[:] = [finder for finder in sys.meta_path if "Block" not in type(finder).__name__]
importlib.invalidate_caches()
from pyodide.code import run_js

print(f"ESCAPED: run_js after removing the finder: {run_js('process.pid')}")
