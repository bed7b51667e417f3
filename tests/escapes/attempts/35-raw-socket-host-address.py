# Route: the raw _socket module (below socket.py) to the test's TCP server on the host's non-loopback
# addresses (127.0.0.1 if the host has none).
import _socket

for address in [a for a in HOST_ADDRESSES if a != "127.0.0.1"] or ["127.0.0.1"]:
    raw = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    raw.settimeout(2)
    raw.connect((address, TCP_PORT))
    print(f"ESCAPED: connected to the host at {address}")
