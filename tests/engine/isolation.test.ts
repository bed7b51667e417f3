import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { enginePoolForThisFile } from "../support/engine-pool";

const pool = enginePoolForThisFile();

// What a program could leave behind for the next learner's run, if interpreters were reused.
const SNAPSHOT_STATE = `
import builtins, gc, os, random, sys
print("modules", sorted(sys.modules) == sorted(set(sys.modules)), len(sys.modules))
print("print is builtin", type(builtins.print).__name__)
print("gc enabled", gc.isenabled(), gc.get_threshold())
print("recursion limit", sys.getrecursionlimit())
print("cwd", os.getcwd())
print("tmp", sorted(os.listdir("/tmp")))
print("marker", hasattr(sys, "leaked_marker"), "main globals", sorted(k for k in globals() if not k.startswith("__")))
print("fds", sorted(os.listdir("/proc/self/fd")) if os.path.exists("/proc/self/fd") else "n/a")
`;

const MESS_UP = `
import builtins, gc, os, sys
sys.leaked_marker = "secret of the previous learner"
gc.disable()
gc.set_threshold(1, 1, 1)
sys.setrecursionlimit(50)
sys.modules["json"] = None
os.makedirs("/tmp/left/behind", exist_ok=True)
open("/tmp/left/behind/file.txt", "w").write("x" * 1000)
leaked = open("/tmp/open-handle.txt", "w")
os.chdir("/tmp")
hog = [bytearray(10**6) for _ in range(20)]
builtins.print = None
`;

describe.each(PYTHON_VERSIONS)("Python %s: every run starts from a pristine interpreter", (python) => {
  it("leaves nothing behind for the next run", async () => {
    const before = await pool.run(SNAPSHOT_STATE, { python });
    expect(before.stderr).toBe("");
    const messed = await pool.run(MESS_UP, { python });
    expect(messed.status).toBe("ok");
    const after = await pool.run(SNAPSHOT_STATE, { python });
    expect(after.stderr).toBe("");
    expect(after.stdout).toBe(before.stdout);
    expect(after.heapBytes).toBeGreaterThanOrEqual(before.heapBytes);
  });

  it("shows the program no path of the host in its environment", async () => {
    const result = await pool.run("import os\nprint(sorted(os.environ.items()))", { python });
    expect(result.status).toBe("ok");
    expect(result.stdout).not.toContain(process.cwd());
  });

  it("gives each run fresh randomness although memory is restored", async () => {
    const program = "import random, os\nprint(random.random(), os.urandom(8).hex())";
    const first = await pool.run(program, { python });
    const second = await pool.run(program, { python });
    expect(first.status).toBe("ok");
    expect(second.stdout).not.toBe(first.stdout);
  });
});
