# Route: pyodide.http.pyfetch (JavaScript fetch) to a TCP server on the host.
import asyncio

from pyodide.http import pyfetch


async def main():
    response = await pyfetch(f"http://127.0.0.1:{TCP_PORT}/")
    return await response.string()


print(f"ESCAPED: pyfetch reached the host: {asyncio.run(main())!r}")
