# Route: posix.system and posix.fork, the C functions behind os.system/os.fork, called directly so
# that the replaced names in the os module are not involved.
import posix

try:
    pid = posix.fork()
    print(f"ESCAPED: posix.fork returned {pid}")
except PermissionError as refused:
    print(f"posix.fork refused: {refused}")
status = posix.system(f"touch {MARKER_FILE}")
print(f"ESCAPED: posix.system ran a host shell (status {status})")
