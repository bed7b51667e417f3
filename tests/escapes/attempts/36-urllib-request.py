# Route: urllib.request.urlopen to the test's TCP server on the host.
import urllib.request

with urllib.request.urlopen(f"http://127.0.0.1:{TCP_PORT}/", timeout=2) as response:
    print(f"ESCAPED: urlopen reached the host: {response.status}")
