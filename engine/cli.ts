/**
 * `npm run -s engine -- run FILE.py [--python 3.11] [--trace out.json]`: runs a file on the engine and
 * behaves like `python3 FILE.py`: the program's stdout on stdout, its stderr (tracebacks included) on
 * stderr, exit code 1 on an uncaught exception. It goes through the same sandboxed worker as the
 * server's grader. `--trace` also writes the probe's trace (engine/trace/schema.ts) as JSON.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { EnginePool } from "./node/engine-pool";
import { DEFAULT_PYTHON, PYTHON_VERSIONS, isPythonVersion } from "./protocol";
import { DEFAULT_MAX_STEPS } from "./run-options";

const USAGE = `usage: npm run -s engine -- run FILE.py [--python ${PYTHON_VERSIONS.join("|")}] [--timeout SECONDS] [--trace OUT.json [--max-steps N] [--no-memory]]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  const { positionals, values } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: {
          python: { type: "string", default: DEFAULT_PYTHON },
          timeout: { type: "string" },
          trace: { type: "string" },
          "max-steps": { type: "string" },
          "no-memory": { type: "boolean", default: false },
        },
      });
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  })();
  const [command, file, ...rest] = positionals;
  if (command !== "run" || !file || rest.length > 0) fail("expected: run FILE.py");
  if (!isPythonVersion(values.python)) fail(`unknown Python version '${values.python}'`);
  const timeoutSeconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) fail("--timeout takes a positive number of seconds");
  const maxSteps = values["max-steps"] === undefined ? DEFAULT_MAX_STEPS : Number(values["max-steps"]);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) fail("--max-steps takes a positive whole number");
  if (values["max-steps"] !== undefined && values.trace === undefined) fail("--max-steps goes with --trace");
  if (values["no-memory"] && values.trace === undefined) fail("--no-memory goes with --trace");

  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (error) {
    // The same words CPython uses when it cannot open the script.
    const reason = error instanceof Error && "code" in error && error.code === "ENOENT" ? "[Errno 2] No such file or directory" : String(error);
    process.stderr.write(`python3: can't open file '${path.resolve(file)}': ${reason}\n`);
    return 2;
  }

  const pool = new EnginePool({ size: 1 });
  try {
    const result = await pool.run(source, {
      python: values.python,
      // CPython 3.9+ runs a script under its absolute path, and that is what its tracebacks show.
      filename: path.resolve(file),
      stdin: process.stdin.isTTY ? "" : fs.readFileSync(0, "utf8"),
      timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
      trace: values.trace === undefined ? false : { maxSteps, memory: !values["no-memory"] },
    });
    if (values.trace !== undefined) fs.writeFileSync(values.trace, `${JSON.stringify(result.trace)}\n`);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    return result.exitCode;
  } finally {
    pool.close();
  }
}

process.exitCode = await main();
