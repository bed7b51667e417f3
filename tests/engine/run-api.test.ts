import { afterAll, describe, expect, it } from "vitest";
import { closeEngine, run } from "@/engine/run";

afterAll(() => closeEngine());

describe("run(source, options), the engine's public API", () => {
  it("runs on the default Python and fills every field of the result", async () => {
    const result = await run("import sys\nprint(sys.version_info[:2])\nraise SystemExit(4)\n", { stdin: "" });
    expect(result).toMatchObject({ status: "ok", exitCode: 4, stdout: "(3, 14)\n", stderr: "", exception: null });
    expect(result.python).toMatchObject({ version: "3.14" });
    expect(result.python.full).toMatch(/^3\.14\.\d+$/);
    expect(result.heapBytes).toBeGreaterThan(0);
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it("names the exception of a failed program", async () => {
    const result = await run("class Leak(Exception):\n    pass\n\nraise Leak('cycle kept alive')\n", { python: "3.12", filename: "leak.py" });
    expect(result).toMatchObject({ status: "exception", exitCode: 1, exception: { type: "Leak", message: "cycle kept alive" } });
    expect(result.stderr).toContain('File "leak.py", line 4, in <module>');
  });
});
