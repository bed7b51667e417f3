/**
 * How the sizes64 tests measure tests/engine/sizes64-corpus.py: natively (a CPython executable) and
 * inside a Pyodide release, each printing [label, sys.getsizeof, size64] per object as JSON. Run as
 * a script (`node --import tsx sizes64-measure.ts PYODIDE_DIR`) it measures in that Pyodide and prints
 * the JSON: a process loads one Pyodide release, so other releases are measured in child processes.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadCapturingPyodide } from "../support/pyodide-in-process";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const MODULE = path.join(ROOT, "engine/probe/heapwise_probe/sizes64.py");
export const CORPUS = path.join(ROOT, "tests/engine/sizes64-corpus.py");

export type Measured = {
  version: [number, number, number];
  pointerSize: number;
  // label, sys.getsizeof, size64
  covered: [string, number, number | null][];
  // label, size64
  notDerived: [string, number | null][];
};

export function measureNatively(executable = "python3"): Measured {
  const result = spawnSync(executable, [CORPUS, path.dirname(MODULE)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", NODE_ENV: "test" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0 || result.stderr !== "") {
    throw new Error(`${executable} failed on the corpus (exit ${String(result.status)}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as Measured;
}

/** Writes sizes64.py and the corpus into the Pyodide of `packageDir` and runs the corpus as __main__. */
export async function measureInPyodide(packageDir: string): Promise<Measured> {
  const pyodide = await loadCapturingPyodide(packageDir);
  pyodide.FS.mkdirTree("/sizes64");
  pyodide.FS.writeFile("/sizes64/sizes64.py", fs.readFileSync(MODULE, "utf8"));
  pyodide.FS.writeFile("/sizes64/sizes64-corpus.py", fs.readFileSync(CORPUS, "utf8"));
  pyodide.runPython(
    'import runpy, sys\nsys.argv = ["/sizes64/sizes64-corpus.py", "/sizes64"]\n' +
      'runpy.run_path("/sizes64/sizes64-corpus.py", run_name="__main__")',
  );
  const { stdout, stderr } = pyodide.takeOutput();
  if (stderr.length > 0) throw new Error(`the corpus failed in ${packageDir}: ${stderr.join("\n")}`);
  return JSON.parse(stdout.join("\n")) as Measured;
}

export function measureInChildProcess(packageDir: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", import.meta.filename, packageDir], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as Measured);
      else reject(new Error(`Pyodide child for ${packageDir} exited ${String(code)}: ${stderr}`));
    });
  });
}

if (process.argv[1] === import.meta.filename && process.argv[2]) {
  process.stdout.write(JSON.stringify(await measureInPyodide(process.argv[2])));
}
