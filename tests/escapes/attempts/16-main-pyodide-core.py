# Route: Pyodide leaves `_pyodide_core` in the globals of the __main__ it runs code in; in plain
# Pyodide `import __main__; __main__._pyodide_core` reaches the bridge without any import.
import __main__

core = __main__._pyodide_core
Function = core.to_js([]).constructor.constructor
print(f"ESCAPED: __main__._pyodide_core gave {Function('return process.pid')()}")
