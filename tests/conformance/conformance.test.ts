import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { enginePoolForThisFile } from "../support/engine-pool";

/**
 * Each program's stdout, stderr and exit code were recorded from native python3 3.11 (64-bit) on this
 * machine by `npm run conformance` (scripts/record-conformance.ts). The engine's CPython 3.11 must
 * print exactly the same. Programs run under the relative name the recording used, which is what the
 * recorder leaves in tracebacks.
 */
const root = path.resolve(import.meta.dirname, "../..");
const programsDir = "tests/conformance/programs";
const expectedDir = path.join(root, "tests/conformance/expected");

type Recording = { stdout: string; stderr: string; exitCode: number; python: string };

const pool = enginePoolForThisFile({ size: 2 });
const programs = readdirSync(path.join(root, programsDir)).filter((file) => file.endsWith(".py")).sort();

describe("conformance: the engine's CPython 3.11 prints what native CPython 3.11 prints", () => {
  it("has a corpus of at least 40 memory-management programs, each with a recording", () => {
    expect(programs.length).toBeGreaterThanOrEqual(40);
    expect(readdirSync(expectedDir).filter((file) => file.endsWith(".json")).length).toBe(programs.length);
  });

  it.concurrent.each(programs)("%s", async (name) => {
    const file = `${programsDir}/${name}`;
    const expected = JSON.parse(readFileSync(path.join(expectedDir, name.replace(/\.py$/, ".json")), "utf8")) as Recording;
    const result = await pool.run(readFileSync(path.join(root, file), "utf8"), { python: "3.11", filename: file, timeoutMs: 30_000 });
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
      stdout: expected.stdout,
      stderr: expected.stderr,
      exitCode: expected.exitCode,
    });
  });
});
