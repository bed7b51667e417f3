import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { enginePoolForThisFile } from "../support/engine-pool";

const pool = enginePoolForThisFile();
const HEALTHY = "import sys\nprint('still healthy', sys.version_info[:2])";

/** After any limit the next run must get a working interpreter. */
async function expectHealthy(python: (typeof PYTHON_VERSIONS)[number]) {
  const next = await pool.run(HEALTHY, { python });
  expect(next.status).toBe("ok");
  expect(next.stdout).toMatch(/^still healthy/);
}

describe.each(PYTHON_VERSIONS)("Python %s: every run is bounded", (python) => {
  it("ends an infinite loop at the time limit with TimeoutError", async () => {
    const result = await pool.run("n = 0\nwhile True:\n    n += 1\n", { python, timeoutMs: 1000 });
    expect(result.status).toBe("timeout");
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "main\.py", line \d, in <module>\n/);
    expect(result.stderr).toMatch(/TimeoutError: the program ran longer than 1 s \(Heapwise's time limit\)\n$/);
    await expectHealthy(python);
  });

  it("shows only the program's frames when the time limit expires while the tracer records a step", async () => {
    // A traced run's limit is the program's own time: the sum makes it pass while lines are recorded.
    const program = "items = []\nwhile True:\n    items.append([len(items)])\n    items = items[-50:]\n    total = sum(range(20_000))\n";
    const result = await pool.run(program, { python, timeoutMs: 1000, trace: { maxSteps: 100_000, memory: true } });
    expect(result.status).toBe("timeout");
    // Each of the program's frames once, and nothing of the probe (where most of the time goes).
    expect(result.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "main\.py", line \d, in <module>\n(?: {4}.*\n)+TimeoutError: the program ran longer than 1 s \(Heapwise's time limit\)\n$/);
    expect(result.stderr).not.toMatch(/heapwise/);
    expect(result.trace?.steps.length).toBeGreaterThan(0);
    await expectHealthy(python);
  });

  it("lets a program format a time limit that expired while the tracer recorded a step", async () => {
    // The probe's inner frames carry no line tables (line_tables.py), which Python's traceback
    // module cannot format: none of them may reach the program.
    const program = [
      "import traceback",
      "items = []",
      "try:",
      "    while True:",
      "        items.append([len(items)])",
      "        items = items[-50:]",
      "        total = sum(range(20_000))",
      "except TimeoutError:",
      "    print(traceback.format_exc().splitlines()[-1])",
    ].join("\n");
    const result = await pool.run(`${program}\n`, { python, timeoutMs: 1000, trace: { maxSteps: 100_000, memory: true } });
    expect(result.stdout).toBe("TimeoutError: the program ran longer than 1 s (Heapwise's time limit)\n");
    expect(result.stderr).not.toMatch(/RuntimeError|StopIteration/);
    await expectHealthy(python);
  });

  it("replaces the interpreter when a program swallows the timeout", async () => {
    const program = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n";
    const result = await pool.run(program, { python, timeoutMs: 800 });
    expect(result.status).toBe("timeout");
    expect(result.stderr).toContain("TimeoutError: the program ran longer than 0.8 s (Heapwise's time limit)");
    await expectHealthy(python);
  });

  it("turns a memory bomb into MemoryError at the heap cap", async () => {
    const program = "hog = []\nwhile True:\n    hog.append(bytearray(10**6))\n";
    const result = await pool.run(program, { python, maxMemoryBytes: 128 * 1024 * 1024 });
    expect(result.status).toBe("memory");
    expect(result.stderr).toMatch(/\nMemoryError\n$/);
    // Emscripten grows the heap with up to 20% slack past the request that the cap allowed.
    expect(result.heapBytes).toBeLessThanOrEqual(128 * 1024 * 1024 * 1.2 + 65536);
    await expectHealthy(python);
  });

  it("raises RecursionError for runaway Python recursion, as CPython prints it", async () => {
    const result = await pool.run("def down(n):\n    return down(n + 1)\n\ndown(0)\n", { python });
    expect(result.status).toBe("exception");
    expect(result.stderr).toMatch(/\[Previous line repeated \d+ more times\]\nRecursionError: maximum recursion depth exceeded/);
  });

  it("clamps sys.setrecursionlimit so deep recursion never overflows the native stack", async () => {
    const program = "import sys\nsys.setrecursionlimit(10**6)\ndef down(n):\n    return down(n + 1)\n\ndown(0)\n";
    const result = await pool.run(program, { python });
    expect(result.status).toBe("exception");
    expect(result.exception?.type).toBe("RecursionError");
    await expectHealthy(python);
  });

  it("never crashes on recursion inside C (repr of a million nested lists)", async () => {
    const program = "nested = []\nfor _ in range(1_000_000):\n    nested = [nested]\nprint(len(repr(nested)))\n";
    const result = await pool.run(program, { python, timeoutMs: 3000 });
    // Up to 3.13 the recursion limit stops repr at depth 1000. 3.14 guards the C stack instead, which
    // lets repr go tens of thousands deep, and Py_ReprEnter's linear scan makes that quadratic: there
    // the time limit ends it. Either way a clean Python exception, never a dead interpreter.
    const expected = python === "3.14" ? ["RecursionError", "TimeoutError"] : ["RecursionError"];
    expect(expected).toContain(result.exception?.type);
    await expectHealthy(python);
  });

  it("stops a program that floods its output", async () => {
    const result = await pool.run("while True:\n    print('x' * 99)\n", { python, maxOutputBytes: 10_000 });
    expect(result.status).toBe("output-limit");
    expect(result.stdout.length).toBeLessThanOrEqual(10_000);
    expect(result.stderr).toContain("OutputLimitExceeded: the program wrote more than 10,000 bytes of output (Heapwise's output limit)");
    await expectHealthy(python);
  });
});

describe("a single long C-level operation never sees the interrupt", () => {
  it.each([
    ["a catastrophic regex", 'import re\nprint(re.match(r"(a+)+$", "a" * 40 + "b"))\n'],
    ["a huge power", "x = 10 ** (10 ** 8)\nprint('done')\n"],
  ])("%s is ended by replacing the worker", async (_name, program) => {
    const started = performance.now();
    const result = await pool.run(program, { python: "3.11", timeoutMs: 1000 });
    expect(result.status).toBe("timeout");
    expect(result.stderr).toContain("TimeoutError: the program ran longer than 1 s (Heapwise's time limit)");
    expect(performance.now() - started).toBeLessThan(10_000);
    await expectHealthy("3.11");
  });
});
