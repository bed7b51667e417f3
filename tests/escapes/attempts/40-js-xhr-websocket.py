# Route (gets past the Python-level blocks): the browser-style network APIs from the JavaScript realm,
# XMLHttpRequest and WebSocket, to the test's TCP server. Node 20 has neither as a global.
import _imp
import importlib.machinery

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor
try:
    Function("url", "const x = new XMLHttpRequest(); x.open('GET', url, false); x.send(); return x.status")(
        f"http://127.0.0.1:{TCP_PORT}/"
    )
    print("ESCAPED: XMLHttpRequest reached the host")
except Exception as missing:
    print(f"no XMLHttpRequest: {missing}")
socket = Function("url", "return new WebSocket(url)")(f"ws://127.0.0.1:{TCP_PORT}/")
print(f"ESCAPED: opened a WebSocket to the host: {socket}")
