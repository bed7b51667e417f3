# Route: /proc/self/environ and /proc/1/environ, the kernel's copy of a process's environment.
for path in ("/proc/1/environ", "/proc/self/environ"):
    try:
        with open(path, "rb") as environ:
            print(f"ESCAPED: {path}: {environ.read()[:300]!r}")
    except FileNotFoundError as missing:
        last = missing
raise last
