# Route: the subprocess module, the usual way to run a host command.
import subprocess

done = subprocess.run(["sh", "-c", f"cat {SECRET_FILE}; touch {MARKER_FILE}"], capture_output=True, text=True)
print(f"ESCAPED: subprocess ran a host command: {done.stdout[:200]!r}")
