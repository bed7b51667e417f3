/**
 * engine/probe/heapwise_probe/sizes64.py inside Pyodide 3.11 (32-bit WebAssembly) must derive, object
 * by object, the sys.getsizeof that native 64-bit CPython 3.11 (the machine's python3) reports for
 * the same object built by the same statements. Both interpreters run tests/engine/sizes64-corpus.py,
 * which prints [label, sys.getsizeof, size64] per object as JSON; the expected numbers come from
 * native CPython only, never from this file. A process loads one Pyodide release, so this file loads
 * pyodide311 only (the release native python3 matches); sizes64-versions.test.ts covers 3.12-3.14.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MODULE = path.join(ROOT, "engine/probe/heapwise_probe/sizes64.py");
const CORPUS = path.join(ROOT, "tests/engine/sizes64-corpus.py");
const PYODIDE = path.join(ROOT, "node_modules/pyodide311");

type Measured = {
  version: [number, number, number];
  pointerSize: number;
  // label, sys.getsizeof, size64
  covered: [string, number, number | null][];
  // label, size64
  notDerived: [string, number | null][];
};

type Pyodide = {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string): unknown;
  setStdout(options: { batched: (line: string) => void }): void;
  setStderr(options: { batched: (line: string) => void }): void;
};

// Run at collection time (a fraction of a second) so that every object gets a test named by its label.
function measureNatively(): Measured {
  const result = spawnSync("python3", [CORPUS, path.dirname(MODULE)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", NODE_ENV: "test" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0 || result.stderr !== "") {
    throw new Error(`native python3 failed on the corpus (exit ${String(result.status)}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as Measured;
}

const native = measureNatively();

async function measureInPyodide(): Promise<Measured> {
  const { loadPyodide } = (await import(pathToFileURL(path.join(PYODIDE, "pyodide.mjs")).href)) as {
    loadPyodide: (options: { indexURL: string }) => Promise<Pyodide>;
  };
  const pyodide = await loadPyodide({ indexURL: PYODIDE + "/" });
  const output: string[] = [];
  const errors: string[] = [];
  pyodide.setStdout({ batched: (line) => output.push(line) });
  pyodide.setStderr({ batched: (line) => errors.push(line) });
  pyodide.FS.mkdirTree("/sizes64");
  pyodide.FS.writeFile("/sizes64/sizes64.py", fs.readFileSync(MODULE, "utf8"));
  pyodide.FS.writeFile("/sizes64/sizes64-corpus.py", fs.readFileSync(CORPUS, "utf8"));
  pyodide.runPython(
    'import runpy, sys\nsys.argv = ["/sizes64/sizes64-corpus.py", "/sizes64"]\n' +
      'runpy.run_path("/sizes64/sizes64-corpus.py", run_name="__main__")',
  );
  expect(errors).toEqual([]);
  return JSON.parse(output.join("\n")) as Measured;
}

describe("size64 in Pyodide 3.11 equals sys.getsizeof of native 64-bit CPython 3.11", () => {
  let wasm: Measured;
  let derived: Map<string, [number, number | null]>;

  beforeAll(async () => {
    wasm = await measureInPyodide();
    derived = new Map(wasm.covered.map(([label, size32, size64]) => [label, [size32, size64]]));
  });

  it("compares a 64-bit native CPython with a 32-bit Pyodide of the same minor version", () => {
    expect(native.pointerSize).toBe(8);
    expect(wasm.pointerSize).toBe(4);
    expect(native.version.slice(0, 2)).toEqual([3, 11]);
    expect(wasm.version.slice(0, 2)).toEqual(native.version.slice(0, 2));
  });

  it("measures a corpus of at least 60 objects, with the same unique labels on both", () => {
    expect(native.covered.length).toBeGreaterThanOrEqual(60);
    expect(new Set(native.covered.map(([label]) => label)).size).toBe(native.covered.length);
    expect(wasm.covered.map(([label]) => label)).toEqual(native.covered.map(([label]) => label));
  });

  it.each(native.covered)("%s: native getsizeof %i", (label, expected) => {
    const [size32, size64] = derived.get(label) ?? [undefined, undefined];
    expect(size64, `${label}: size64 from the 32-bit getsizeof ${String(size32)}`).toBe(expected);
  });

  it("is sys.getsizeof itself on a 64-bit build", () => {
    for (const [label, size, size64] of native.covered) expect(size64, label).toBe(size);
  });

  it("answers None for what it does not cover, or cannot tell apart, instead of guessing", () => {
    expect(wasm.notDerived.length).toBeGreaterThan(0);
    for (const [label, size64] of wasm.notDerived) expect(size64, label).toBeNull();
  });
});
