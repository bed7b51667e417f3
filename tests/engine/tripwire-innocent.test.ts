/**
 * The bridge tripwire is default-deny (engine/runtime/inert-imports.ts), so an innocent program that
 * needs an import nobody reviewed would end as a SecurityError. These programs use the parts of the
 * standard library that reach Emscripten's C runtime (clocks, sleeping, files, pipes, randomness,
 * platform facts, compression, threads refused, ending the process) on every version, through
 * the real sandboxed pool as production runs it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { enginePoolForThisFile } from "../support/engine-pool";

const pool = enginePoolForThisFile();
const tour = fs.readFileSync(path.join(import.meta.dirname, "innocent", "stdlib-tour.py"), "utf8");

describe.each(PYTHON_VERSIONS)("Python %s: innocent programs never trip the wire", (python) => {
  it("a tour of the standard library's C runtime runs to its end", async () => {
    const result = await pool.run(tour, { python });
    expect(result.status, result.stderr).toBe("ok");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("done");
  });

  it("os._exit and os.abort end the interpreter without a SecurityError", async () => {
    for (const ending of ["os._exit(3)", "os.abort()"]) {
      const result = await pool.run(`import os\nprint("before", flush=True)\n${ending}\n`, { python });
      expect(result.status, ending).not.toBe("security");
      expect(result.stdout).toBe("before\n");
      expect(result.exitCode).not.toBe(0);
    }
    const next = await pool.run("print(6 * 7)\n", { python });
    expect(next.stdout).toBe("42\n");
  });
});
