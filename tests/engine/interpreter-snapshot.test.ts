import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { RunResult } from "@/engine/protocol";
import { toRunRequest } from "@/engine/run-options";
import { installBridgeTripwire } from "@/engine/runtime/bridge-tripwire";
import { installHeapCap } from "@/engine/runtime/heap-cap";
import { Interpreter, type InterpreterSetup } from "@/engine/runtime/interpreter";
import type { LoadPyodide } from "@/engine/runtime/pyodide-api";
import { PYTHON_FILES_BUNDLE, type PythonFiles } from "@/engine/runtime/python-files";
import { createInterruptBuffer } from "@/engine/runtime/signals";
import { PYODIDE_PACKAGES } from "@/engine/versions";

/**
 * The browser keeps a memory snapshot of a ready interpreter (engine/browser/snapshot-store.ts) and
 * starts the next page's Python from it. An interpreter restored that way must be the same as one
 * loaded from Pyodide's files: locked down, with the engine's files in place, answering every program
 * alike. Run in-process on 3.14 (one Pyodide release per process); the ground truth is the freshly
 * loaded interpreter.
 */
const root = path.resolve(import.meta.dirname, "../..");
const pyodideDir = path.join(root, "node_modules", PYODIDE_PACKAGES["3.14"]);

const PROGRAMS = {
  cycle: "import gc, sys\nclass Node:\n    pass\na = Node(); a.me = a\ndel a\nprint(gc.collect(), gc.get_count(), gc.get_threshold(), len(sys.modules))",
  refcounts: "import sys\nx = object()\nys = [x, x]\nprint(sys.getrefcount(x), sys.getsizeof(ys), sys.flags)",
  tracemalloc: "import tracemalloc\ntracemalloc.start()\ndata = [bytes(100) for _ in range(100)]\nprint(tracemalloc.get_traced_memory()[0] > 0)",
  library: "import memory_profiler\nprint(memory_profiler.__name__, memory_profiler.__file__)",
  blocked: "import js",
  blockedOs: "import os\nos.system('id')",
  traceback: "def f():\n    return 1 / 0\nf()",
  // Finders by type, not repr: an instance's repr holds its address, which depends on the heap's history
  // (seen differing between a fresh and a restored interpreter on a busy machine).
  state:
    "import sys, __main__\nkind = lambda hook: getattr(hook, '__qualname__', type(hook).__qualname__)\n" +
    "print(sorted(sys.modules), sys.path, [kind(f) for f in sys.meta_path], [kind(h) for h in sys.path_hooks], sys.getrecursionlimit(), sorted(vars(__main__)))",
};

let fresh: Interpreter;
let restored: Interpreter;
let setup: InterpreterSetup;
let snapshot: Uint8Array | null = null;

beforeAll(async () => {
  const { loadPyodide } = (await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href)) as { loadPyodide: LoadPyodide };
  setup = {
    version: "3.14",
    loadPyodide,
    indexURL: `${pyodideDir}/`,
    pythonFiles: JSON.parse(fs.readFileSync(path.join(root, "engine/dist", PYTHON_FILES_BUNDLE), "utf8")) as PythonFiles,
    interruptBuffer: createInterruptBuffer(),
    heapCap: installHeapCap(),
    tripwire: installBridgeTripwire(() => {
      throw new Error("a test program reached JavaScript");
    }),
  };
  fresh = await Interpreter.load({ ...setup, snapshot: { onMade: (made) => (snapshot = made) } });
  if (!snapshot) throw new Error("no snapshot was made");
  restored = await Interpreter.load({ ...setup, snapshot: { restore: snapshot } });
}, 180_000);

describe("an interpreter restored from a memory snapshot", () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(`answers like a freshly loaded one: ${name}`, () => {
      const request = toRunRequest(source).request;
      // The heap's size is where its growth stopped, which differs: a restore starts at the snapshot's size.
      const comparable = (result: RunResult) => ({ ...result, durationMs: 0, heapBytes: 0 });
      expect(comparable(restored.run(request))).toEqual(comparable(fresh.run(request)));
    });
  }

  it("is the same build of the same version", () => {
    expect(restored.python).toEqual(fresh.python);
  });

  it("is refused when the snapshot is damaged, so the page can fall back to a normal load", async () => {
    if (!snapshot) throw new Error("no snapshot was made");
    const damaged = snapshot.slice();
    damaged.fill(7, 0, 64);
    await expect(Interpreter.load({ ...setup, snapshot: { restore: damaged } })).rejects.toThrow();
  });
});
