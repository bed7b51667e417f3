import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const PROBE_DIR = path.resolve(import.meta.dirname, "../../engine/probe");

/**
 * Run under native python3: the probe's line_tables.strip must reach every kind of function a probe
 * module defines (the sandbox relies on it for tracemalloc's cost) and leave them working; entry points
 * and kept modules keep their tables (tests/engine/limits.test.ts: a program formats a time limit that
 * expired inside the probe).
 */
const SCRIPT = String.raw`
import json, sys, types
sys.path.insert(0, sys.argv[1])
from heapwise_probe import line_tables

source = '''
def plain(x):
    return x + 1

def outer(x):
    def inner():
        return x * 2
    return inner

square = lambda x: x * x

class Box:
    def method(self):
        return [n for n in range(3)]
    @staticmethod
    def static():
        return "static"
    @classmethod
    def klass(cls):
        return cls.__name__
    @property
    def value(self):
        return 7
    class Inner:
        def deep(self):
            raise ValueError("from a stripped frame")
'''
module = types.ModuleType("heapwise_probe.sample")
module.kept = line_tables.kept
exec(compile(source + "\n@kept\ndef entry():\n    return 1\n", "sample.py", "exec"), module.__dict__)
sys.modules[module.__name__] = module
untouched = types.ModuleType("heapwise_probe.untouched")
exec(compile(source, "untouched.py", "exec"), untouched.__dict__)
sys.modules[untouched.__name__] = untouched
line_tables.strip("heapwise_probe", keep=(untouched,))

def tables(code):
    yield code.co_linetable
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from tables(const)

functions = [module.plain, module.outer, module.square, module.Box.method, module.Box.__dict__["static"].__func__,
             module.Box.__dict__["klass"].__func__, module.Box.value.fget, module.Box.Inner.deep]
made_later = module.outer(4)
try:
    module.Box.Inner().deep()
except ValueError as exc:
    raised = str(exc)
print(json.dumps({
    "tables": sorted({len(table) for function in functions + [made_later] for table in tables(function.__code__)}),
    "results": [module.plain(1), made_later(), module.square(3), module.Box().method(), module.Box.static(), module.Box.klass(), module.Box().value],
    "raised": raised,
    "entry_point_lines": len(module.entry.__code__.co_linetable) > 0,
    "kept_module_lines": all(len(f.__code__.co_linetable) > 0 for f in (untouched.plain, untouched.Box.method, untouched.Box.value.fget)),
}))
`;

it("strips the line tables of a probe module's functions, methods, properties and nested code, which keep working, but for entry points and kept modules", () => {
  const run = spawnSync("python3", ["-c", SCRIPT, PROBE_DIR], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as { tables: number[]; results: unknown[]; raised: string; entry_point_lines: boolean; kept_module_lines: boolean };
  expect(report.tables).toEqual([0]);
  expect(report.results).toEqual([2, 8, 9, [0, 1, 2], "static", "Box", 7]);
  expect(report.raised).toBe("from a stripped frame");
  expect(report.entry_point_lines).toBe(true);
  expect(report.kept_module_lines).toBe(true);
});
