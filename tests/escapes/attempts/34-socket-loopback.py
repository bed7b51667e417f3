# Route: socket.create_connection to a TCP server the test runs on the host's 127.0.0.1 (in 3.13+
# plain Pyodide opens it as a real outbound connection).
import socket

connection = socket.create_connection(("127.0.0.1", TCP_PORT), timeout=2)
connection.sendall(b"hello from the sandbox")
print(f"ESCAPED: connected to the host's loopback: {connection}")
