/**
 * engine/probe/heapwise_probe/sizes64.py inside Pyodide 3.11 (32-bit WebAssembly) must derive, object
 * by object, the sys.getsizeof that native 64-bit CPython 3.11 (the machine's python3) reports for
 * the same object built by the same statements. Both interpreters run tests/engine/sizes64-corpus.py,
 * which prints [label, sys.getsizeof, size64] per object as JSON; the expected numbers come from
 * native CPython only, never from this file. A process loads one Pyodide release, so this file loads
 * pyodide311 only (the release native python3 matches); sizes64-versions.test.ts covers 3.12-3.14.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Measured, ROOT, measureInPyodide, measureNatively } from "./sizes64-measure";

// Run at collection time (a fraction of a second) so that every object gets a test named by its label.
const native = measureNatively();

describe("size64 in Pyodide 3.11 equals sys.getsizeof of native 64-bit CPython 3.11", () => {
  let wasm: Measured;
  let derived: Map<string, [number, number | null]>;

  beforeAll(async () => {
    wasm = await measureInPyodide(path.join(ROOT, "node_modules/pyodide311"));
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
