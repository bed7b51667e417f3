# Route: os.posix_spawn / os.posix_spawnp (the audit event os.posix_spawn is blocked, and the name is
# replaced when the build has it).
import os

spawn = getattr(os, "posix_spawnp", None) or os.posix_spawn
pid = spawn("sh", ["sh", "-c", f"touch {MARKER_FILE}"], {})
print(f"ESCAPED: posix_spawn started host process {pid}")
