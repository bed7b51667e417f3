/**
 * engine/probe/memory_profiler.py: memory_profiler's @profile table computed from tracemalloc, under
 * the machine's native CPython (3.11: the sys.settrace path) and inside Pyodide 3.14 (the
 * sys.monitoring path, and sys.settrace where PROFILER_ID is taken). Every figure a table is checked
 * against comes from the same CPython run: the program measures its own tracemalloc deltas and counts
 * its own line executions with sys.settrace, which is what the real memory_profiler counts with.
 * memory-profiler-311.test.ts does the same inside Pyodide 3.11, one Pyodide release per process.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  CHAINED_TRACER,
  MODULE,
  PRELUDE,
  PROGRAMS,
  type Run,
  checkChainedTracer,
  checkHooks,
  checkProgram,
  checkTables,
  parse,
  pyodideForThisFile,
} from "./memory-profiler-cases";

const TAKE_PROFILER_ID = `
monitoring = sys.monitoring
monitoring.use_tool_id(monitoring.PROFILER_ID, "another profiler")
`;
const RELEASE_PROFILER_ID = `
monitoring.free_tool_id(monitoring.PROFILER_ID)
`;
const PROFILER_ID_TAKEN = `${TAKE_PROFILER_ID}
@profile(precision=3)
def build():
    data = list(range(10**5))
    del data

emit("executions", executions(build.__wrapped__))
emit("before", hook_state())
build()
emit("after", hook_state())
${RELEASE_PROFILER_ID}`;

describe("memory_profiler under native CPython", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-memory-profiler-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function runNative(name: string, body: string): { run: Run; file: string } {
    const file = path.join(dir, `${name}.py`);
    fs.writeFileSync(file, PRELUDE + body);
    const result = spawnSync("python3", [file], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, PYTHONPATH: path.dirname(MODULE), PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", NODE_ENV: "test" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return { run: parse(result.stdout), file };
  }

  it.each(PROGRAMS.map((program) => [program.name, program] as const))("%s", (_name, program) => {
    const { run, file } = runNative(program.name, program.body);
    checkProgram(run, program, file);
  });

  it("chains to the trace function already installed", () => {
    const { run, file } = runNative("chained", CHAINED_TRACER);
    checkChainedTracer(run, file);
  });
});

describe("memory_profiler inside Pyodide 3.14", () => {
  const pyodide = pyodideForThisFile("pyodide");

  it("runs Python 3.14", () => {
    expect(pyodide.python("import sys; f'{sys.version_info[0]}.{sys.version_info[1]}'")).toBe("3.14");
  });

  it.each(PROGRAMS.map((program) => [program.name, program] as const))("%s", (_name, program) => {
    const { run, file } = pyodide.run(program.name, program.body);
    checkProgram(run, program, file);
  });

  it("chains to the trace function already installed", () => {
    const { run, file } = pyodide.run("chained", CHAINED_TRACER);
    checkChainedTracer(run, file);
  });

  it("falls back to sys.settrace while another tool holds PROFILER_ID, and leaves that tool alone", () => {
    const { run, file } = pyodide.run("profiler_id_taken", PROFILER_ID_TAKEN);
    checkTables(run, PRELUDE + PROFILER_ID_TAKEN, file, "build", 1, 3);
    checkHooks(run);
    expect((run.truth.before as { profiler_tool: string }).profiler_tool).toBe("another profiler");
  });

  it("chains to the trace function already installed on that fallback too", () => {
    const body = TAKE_PROFILER_ID + CHAINED_TRACER + RELEASE_PROFILER_ID;
    const { run, file } = pyodide.run("chained_fallback", body);
    checkChainedTracer(run, file, body);
  });
});
