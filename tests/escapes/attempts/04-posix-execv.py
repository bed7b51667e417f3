# Route: the raw `posix` module. The sandbox replaces os.execv and friends with refusing functions,
# but posix.execv is the original C function, untouched by that replacement.
import posix

posix.execv("/bin/sh", ["sh", "-c", f"touch {MARKER_FILE}"])
print("ESCAPED: posix.execv returned without being refused")
