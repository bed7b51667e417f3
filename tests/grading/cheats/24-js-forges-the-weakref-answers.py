# exercise: weak-cache
# targets: reference-dies, no-image-left
# cheat: keeps every Image alive in a global cache, then reaches JavaScript through gc.get_objects() and posts, for every run id, a result whose answers say the weak reference died and no Image is alive
import gc


class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = bytearray(10_000)


cache = {name: Image(name) for name in ("a", "b", "c")}
last_ref = cache["c"]
core = next(obj for obj in gc.get_objects() if type(obj).__name__ == "module" and obj.__name__ == "_pyodide_core")
core.to_js([]).constructor.constructor(
    """
    const port = process.getBuiltinModule("worker_threads").parentPort;
    const inspection = { programStdout: "", programStderr: "", collectedBefore: 0,
      answers: [{ dead: true, referent: null }, { count: 0, chain: null }] };
    for (let id = 1; id < 3000; id++) {
      port.postMessage({ type: "result", id, result: { status: "ok", exitCode: 0, stdout: "", stderr: "", exception: null,
        durationMs: 1, heapBytes: 0, python: { version: "3.14", full: "", pyodide: "" }, trace: null, inspection } });
    }
    """
)()
