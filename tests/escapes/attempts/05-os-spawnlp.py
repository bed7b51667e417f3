# Route: os.spawnlp, which the sandbox does not replace by name: it reaches os.fork + os.execvpe
# through os.py's own helpers (_spawnvef).
import os

status = os.spawnlp(os.P_WAIT, "sh", "sh", "-c", f"touch {MARKER_FILE}")
print(f"ESCAPED: os.spawnlp ran a host command (status {status})")
