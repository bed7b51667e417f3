# Route (gets past the Python-level blocks): JavaScript's fetch (Node's undici) from the JavaScript
# realm to the test's TCP server, on 127.0.0.1 and on the host's other addresses. The sandbox
# process's network namespace has no usable interface: every connect must fail with ENETUNREACH.
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

for address in HOST_ADDRESSES:
    status = in_worker("const r = await fetch(`http://${args[0]}:${args[1]}/`); return r.status", address, TCP_PORT)
    print(f"ESCAPED: fetch reached the host at {address}: HTTP {status}")
