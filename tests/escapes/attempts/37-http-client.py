# Route: http.client.HTTPConnection to the test's TCP server on the host.
import http.client

connection = http.client.HTTPConnection("127.0.0.1", TCP_PORT, timeout=2)
connection.request("GET", "/")
print(f"ESCAPED: http.client reached the host: {connection.getresponse().status}")
