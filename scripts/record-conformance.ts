/**
 * Records the expected output of the Python conformance corpus with native CPython.
 *
 *   npx tsx scripts/record-conformance.ts            # record every program
 *   npx tsx scripts/record-conformance.ts 07 15-weak # record only programs whose name starts with these
 *
 * Every program in tests/conformance/programs/NN-topic.py is run exactly the way a learner would run
 * it locally, `python3 tests/conformance/programs/NN-topic.py` with the repository root as the working
 * directory, and the result is written to tests/conformance/expected/NN-topic.json as
 * {"stdout", "stderr", "exitCode", "python"}. The in-browser engine (CPython 3.11 on Pyodide) must
 * reproduce these files byte for byte, so the corpus is a contract between "real Python" and the engine.
 *
 * Only node builtins are used so that the script runs before (or without) `npm install`.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..");
// Paths are kept POSIX-style and relative: they end up inside tracebacks and in the JSON files.
const programsRel = "tests/conformance/programs";
const expectedRel = "tests/conformance/expected";
const programsDir = path.join(repoRoot, programsRel);
const expectedDir = path.join(repoRoot, expectedRel);

// The engine runs CPython 3.11 (Pyodide 0.25.x ships 3.11.3). Tracebacks (the `^^^^` markers, the wording
// of messages), gc details and the bytecode-level behaviour of `is` all change between minor versions, so
// recording with any other minor version would produce expectations the engine can never meet.
const REQUIRED_MINOR = "3.11";
const PER_PROGRAM_TIMEOUT_MS = 60_000;
const PROGRAM_NAME = /^\d{2}-[a-z0-9-]+\.py$/;

type Recording = { stdout: string; stderr: string; exitCode: number; python: string };

/** Environment for the child: the caller's, minus anything that changes how CPython behaves. */
function pythonEnv(): NodeJS.ProcessEnv {
  // PYTHONOPTIMIZE would strip asserts, PYTHONWARNINGS/PYTHONDEVMODE add stderr output,
  // PYTHONTRACEMALLOC/PYTHONMALLOC change allocator behaviour, PYTHONPATH/PYTHONHOME/PYTHONSTARTUP
  // could shadow the standard library. None of them exist in the browser, so none may leak in here.
  const env: NodeJS.ProcessEnv = { NODE_ENV: process.env.NODE_ENV };
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("PYTHON")) env[key] = value;
  // Fixed string hashing so that nothing hash-dependent can vary between two recordings. (The programs
  // must not depend on string hashes anyway: Pyodide is 32-bit and its hashes differ from 64-bit ones.)
  env.PYTHONHASHSEED = "0";
  // Running the recorder must not leave __pycache__ directories in the repository.
  env.PYTHONDONTWRITEBYTECODE = "1";
  // A pipe's default encoding depends on the locale; the browser engine always writes UTF-8.
  env.PYTHONIOENCODING = "utf-8";
  return env;
}

function python(args: string[]): SpawnSyncReturns<string> {
  return spawnSync("python3", args, {
    cwd: repoRoot,
    env: pythonEnv(),
    encoding: "utf8",
    timeout: PER_PROGRAM_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function fail(message: string): never {
  console.error(`record-conformance: ${message}`);
  process.exit(1);
}

function pythonVersion(): string {
  const probe = python(["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]);
  if (probe.error) {
    fail(`could not run python3 (${probe.error.message}). Install CPython ${REQUIRED_MINOR} as python3.`);
  }
  const version = probe.stdout.trim();
  if (probe.status !== 0 || !/^\d+\.\d+\.\d+$/.test(version)) {
    fail(`could not read the version of python3:\n${probe.stderr}`);
  }
  if (!version.startsWith(`${REQUIRED_MINOR}.`)) {
    fail(
      `python3 is CPython ${version}, but the expectations must be recorded with CPython ${REQUIRED_MINOR}.x ` +
        `(the version the in-browser engine runs). Put a ${REQUIRED_MINOR} interpreter first on PATH ` +
        `(e.g. \`pyenv shell ${REQUIRED_MINOR}\`) and run this again. Nothing was written.`,
    );
  }
  return version;
}

/**
 * Since Python 3.9 the script path of `python3 relative/path.py` is made absolute, so tracebacks (and
 * `__file__`) contain the checkout's location. Expectations must not depend on where the repository
 * lives, so the absolute prefix is cut back to the path as typed; the engine compiles the program under
 * that same relative name. Both the logical and the resolved (symlink-free) root are replaced because
 * CPython builds the absolute path from getcwd(), which is the resolved one.
 */
function makeRelative(text: string): string {
  const roots = new Set([repoRoot, fs.realpathSync(repoRoot)]);
  let out = text;
  for (const root of roots) out = out.split(`${root}${path.sep}`).join("");
  return out;
}

function run(name: string, version: string): Recording {
  const result = python([`${programsRel}/${name}`]);
  if (result.error) fail(`${name}: ${result.error.message}`);
  if (result.status === null) fail(`${name}: killed by ${result.signal ?? "a signal"}`);
  return {
    stdout: makeRelative(result.stdout),
    stderr: makeRelative(result.stderr),
    exitCode: result.status,
    python: version,
  };
}

function main(): void {
  const version = pythonVersion();
  const filters = process.argv.slice(2);
  const all = fs.readdirSync(programsDir).filter((f) => f.endsWith(".py")).sort();
  const badNames = all.filter((f) => !PROGRAM_NAME.test(f));
  if (badNames.length > 0) fail(`program names must look like NN-topic.py: ${badNames.join(", ")}`);
  const selected = filters.length === 0 ? all : all.filter((f) => filters.some((p) => f.startsWith(p)));
  if (selected.length === 0) fail(`no program matches ${filters.join(" ")}`);

  fs.mkdirSync(expectedDir, { recursive: true });
  let problems = 0;
  for (const name of selected) {
    // Each program runs twice: an expectation that differs between two native runs (an address, a
    // timing, hash order) could never be met by the engine either, so it is refused instead of recorded.
    const first = run(name, version);
    const second = run(name, version);
    if (JSON.stringify(first) !== JSON.stringify(second)) {
      console.error(`✗ ${name}: output differs between two runs; not recorded`);
      problems++;
      continue;
    }
    // Addresses such as `<object at 0x7f3a...>` change on every run in the browser too, and sizes differ
    // between 64-bit CPython and 32-bit WebAssembly; a long hex literal almost always means one leaked.
    if (/0x[0-9a-f]{6,}/i.test(first.stdout + first.stderr)) {
      console.error(`✗ ${name}: output contains what looks like a memory address; not recorded`);
      problems++;
      continue;
    }
    const target = path.join(expectedDir, name.replace(/\.py$/, ".json"));
    fs.writeFileSync(target, `${JSON.stringify(first, null, 2)}\n`);
    console.log(`✓ ${name} (exit ${first.exitCode})`);
  }

  // Expectations whose program was removed or renamed would otherwise linger and confuse the engine tests.
  if (filters.length === 0) {
    const programs = new Set(all.map((f) => f.replace(/\.py$/, "")));
    for (const file of fs.readdirSync(expectedDir).filter((f) => f.endsWith(".json"))) {
      if (!programs.has(file.replace(/\.json$/, ""))) {
        fs.rmSync(path.join(expectedDir, file));
        console.log(`- removed stale ${expectedRel}/${file}`);
      }
    }
  }

  if (problems > 0) fail(`${problems} program(s) could not be recorded`);
  console.log(`Recorded ${selected.length} program(s) with CPython ${version} into ${expectedRel}/.`);
}

main();
