/**
 * engine/probe/memory_profiler.py inside Pyodide 3.11, which has no sys.monitoring: the table comes
 * from sys.settrace, chained to the trace function already installed (Heapwise's own tracer, on
 * 3.11), which must keep receiving its events. A file of its own because a process loads one
 * Pyodide release; memory-profiler.test.ts runs the same programs and checks (memory-profiler-cases.ts)
 * under native CPython and Pyodide 3.14.
 */
import { describe, expect, it } from "vitest";
import { CHAINED_TRACER, PROGRAMS, checkChainedTracer, checkProgram, pyodideForThisFile } from "./memory-profiler-cases";

describe("memory_profiler inside Pyodide 3.11", () => {
  const pyodide = pyodideForThisFile("pyodide311");

  it("runs Python 3.11, without sys.monitoring", () => {
    expect(pyodide.python("import sys; f'{sys.version_info[0]}.{sys.version_info[1]} {hasattr(sys, \"monitoring\")}'")).toBe("3.11 False");
  });

  it.each(PROGRAMS.map((program) => [program.name, program] as const))("%s", (_name, program) => {
    const { run, file } = pyodide.run(program.name, program.body);
    checkProgram(run, program, file);
  });

  it("chains to the trace function already installed", () => {
    const { run, file } = pyodide.run("chained", CHAINED_TRACER);
    checkChainedTracer(run, file);
  });
});
