import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNativePython } from "../support/native-python";

const root = path.resolve(import.meta.dirname, "../..");
const programsDir = "tests/engine/programs";
const STDIN = "Ada\n21\n";

function runCli(args: string[], stdin = "") {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "engine/cli.ts", ...args], {
    cwd: root,
    input: stdin,
    encoding: "utf8",
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status ?? -1 };
}

describe("engine CLI behaves like `python3 FILE.py` (native CPython 3.11 is the reference)", () => {
  for (const name of readdirSync(path.join(root, programsDir)).filter((file) => file.endsWith(".py"))) {
    it(name, () => {
      const file = `${programsDir}/${name}`;
      expect(runCli(["run", file, "--python", "3.11"], STDIN)).toEqual(runNativePython(file, root, STDIN));
    });
  }

  it("reports a missing file the way python3 does", () => {
    const native = runNativePython("no/such/file.py", root);
    // CPython names itself by its executable's path, which is this machine's, not the learner's.
    const nativeStderr = native.stderr.replace(/^\S+: can't open/, "python3: can't open");
    expect(runCli(["run", "no/such/file.py"])).toEqual({ ...native, stderr: nativeStderr });
  });

  it("rejects an unknown Python version with usage", () => {
    const engine = runCli(["run", `${programsDir}/atexit-order.py`, "--python", "2.7"]);
    expect(engine.exitCode).toBe(2);
    expect(engine.stderr).toContain("unknown Python version '2.7'");
    expect(engine.stderr).toContain("usage:");
  });
});
