import { spawnSync } from "node:child_process";

export type NativeRun = { stdout: string; stderr: string; exitCode: number };

/**
 * Ground truth: the machine's own CPython (3.11, 64-bit). The program is given as a file name, the
 * way a learner runs it, from the working directory `cwd`.
 */
export function runNativePython(file: string, cwd: string, stdin = ""): NativeRun {
  const result = spawnSync("python3", [file], {
    cwd,
    input: stdin,
    encoding: "utf8",
    env: { PATH: process.env.PATH, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", NODE_ENV: "test" },
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status ?? -1 };
}
