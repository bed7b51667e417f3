# Route: os.popen, which goes through subprocess in CPython and through a shell in Emscripten.
# Goal: read a host file through `cat` and leave a marker file.
import os

with os.popen(f"cat /etc/passwd {SECRET_FILE}; touch {MARKER_FILE}") as pipe:
    text = pipe.read()
print(f"ESCAPED: os.popen ran a host shell: {text[:200]!r}")
