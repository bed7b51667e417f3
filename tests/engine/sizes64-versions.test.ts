/**
 * engine/probe/heapwise_probe/sizes64.py on the Pyodide releases other than 3.11, with the corpus of
 * sizes64.test.ts (tests/engine/sizes64-corpus.py, run unchanged).
 *
 * 3.14 (the default `pyodide` package, loaded in this process): the machine has no native 64-bit
 * CPython 3.14, so its 64-bit numbers cannot be checked here. What is checked is that size64 derives
 * an int for every corpus object, larger than the 32-bit sys.getsizeof, and None for what it must not
 * derive. The 3.14 formulas differ from 3.13 only where the layouts do (PyTupleObject's ob_hash).
 *
 * 3.12 and 3.13: a process loads one Pyodide release, so each runs in a child node process, and is
 * compared object by object with a native 64-bit CPython of the same minor version when one is
 * installed (python3.12 / python3.13 on PATH, or under pyenv); without one the comparison is skipped.
 * The patch releases may differ (e.g. native 3.12.1, Pyodide 3.12.7); layouts do not change there.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Measured, ROOT, measureInChildProcess, measureInPyodide, measureNatively } from "./sizes64-measure";

function pythonReports(executable: string, minor: number): boolean {
  const probe = spawnSync(executable, ["-c", "import struct, sys; print(sys.version_info[0], sys.version_info[1], struct.calcsize('P'))"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, NODE_ENV: "test" },
  });
  return probe.status === 0 && probe.stdout.trim() === `3 ${minor} 8`;
}

// A native 64-bit CPython 3.<minor>: on PATH, or installed by pyenv.
function findNativePython(minor: number): string | undefined {
  const candidates = [`python3.${minor}`];
  const pyenvVersions = path.join(process.env.PYENV_ROOT ?? path.join(os.homedir(), ".pyenv"), "versions");
  if (fs.existsSync(pyenvVersions)) {
    for (const version of fs.readdirSync(pyenvVersions).sort()) {
      if (version.startsWith(`3.${minor}.`)) candidates.push(path.join(pyenvVersions, version, "bin", "python3"));
    }
  }
  return candidates.find((candidate) => pythonReports(candidate, minor));
}

describe("size64 in Pyodide 3.14: an int larger than the 32-bit size for every corpus object", () => {
  let wasm: Measured;

  beforeAll(async () => {
    wasm = await measureInPyodide(path.join(ROOT, "node_modules/pyodide"));
  });

  it("runs on a 32-bit CPython 3.14", () => {
    expect(wasm.version.slice(0, 2)).toEqual([3, 14]);
    expect(wasm.pointerSize).toBe(4);
    expect(wasm.covered.length).toBeGreaterThanOrEqual(60);
  });

  it("derives an int above the 32-bit sys.getsizeof for every covered object", () => {
    const wrong = wasm.covered
      .filter(([, size32, size64]) => !Number.isInteger(size64) || (size64 ?? 0) <= size32)
      .map(([label, size32, size64]) => `${label}: size64 ${String(size64)}, 32-bit ${size32}`);
    expect(wrong).toEqual([]);
  });

  it("answers None for what it does not cover, or cannot tell apart", () => {
    for (const [label, size64] of wasm.notDerived) expect(size64, label).toBeNull();
  });
});

describe.each([
  { minor: 12, packageName: "pyodide312" },
  { minor: 13, packageName: "pyodide313" },
])("size64 in Pyodide 3.$minor equals sys.getsizeof of native 64-bit CPython 3.$minor", ({ minor, packageName }) => {
  const python = findNativePython(minor);
  let native: Measured;
  let wasm: Measured;

  beforeAll(async () => {
    if (python === undefined) return;
    native = measureNatively(python);
    wasm = await measureInChildProcess(path.join(ROOT, "node_modules", packageName));
  });

  it.skipIf(python === undefined)("matches object by object, the failure naming the label", () => {
    expect(native.pointerSize).toBe(8);
    expect(wasm.pointerSize).toBe(4);
    expect(wasm.version.slice(0, 2)).toEqual([3, minor]);
    expect(wasm.covered.map(([label]) => label)).toEqual(native.covered.map(([label]) => label));
    const mismatches = native.covered
      .map(([label, expected], index) => [label, expected, wasm.covered[index]?.[1], wasm.covered[index]?.[2]] as const)
      .filter(([, expected, , size64]) => size64 !== expected)
      .map(([label, expected, size32, size64]) => `${label}: size64 ${String(size64)} from 32-bit ${String(size32)}, native ${expected}`);
    expect(mismatches).toEqual([]);
    for (const [label, size64] of wasm.notDerived) expect(size64, label).toBeNull();
  });
});
