import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The environment of the commands that set a sandbox up (unshare, sandbox-root.sh): a PATH and nothing
 * else. Node itself starts with an empty one (sandbox-root.sh). The cast: Next.js's typings make
 * NODE_ENV a required variable, which these commands do not have.
 */
export const SANDBOX_ENV = { PATH: "/usr/bin:/bin:/usr/sbin:/sbin" } as unknown as NodeJS.ProcessEnv;

const NAMESPACE_VARIANTS = [
  ["--mount", "--net", "--pid", "--fork", "--kill-child"],
  ["--user", "--map-root-user", "--mount", "--net", "--pid", "--fork", "--kill-child"],
];

let chosen: string[] | null = null;

function namespaceArgs(): string[] {
  if (chosen) return chosen;
  const failures: string[] = [];
  for (const variant of NAMESPACE_VARIANTS) {
    const probe = spawnSync("unshare", [...variant, "true"], { encoding: "utf8", env: SANDBOX_ENV });
    if (probe.status === 0) {
      chosen = variant;
      return variant;
    }
    failures.push(`unshare ${variant.join(" ")}: ${(probe.stderr || String(probe.error)).trim()}`);
  }
  throw new Error(`The engine cannot create a network namespace for its sandbox, so it will not run learner code.\n${failures.join("\n")}`);
}

export type SandboxCommand = { file: string; args: string[] };

/**
 * The command line that walls a sandbox process off from the host:
 * - `unshare --net`: its own network namespace with nothing but a loopback that is down, so no
 *   connection leaves it; `--pid --fork`: it sees no other process of the host;
 * - `--mount` and sandbox-root.sh: a root file system with only /usr, the given folders (read-only)
 *   and private /proc and /tmp, so that no host Unix socket (a database's, Docker's) can be reached;
 * - an empty environment (sandbox-root.sh starts Node with `env -i`), so no secret in the server's env leaks;
 * - Node's permission model: reads of the given folders only, no writes, no child processes.
 * As root the namespaces are created directly; otherwise through a user namespace. If neither works
 * the engine refuses to start rather than run learner code unwalled.
 *
 * `root` is the project folder; `readable` the folders the sandboxed Node may read.
 */
/** How much lower the sandboxes' CPU priority is than their host's (nice(1); 19 is the lowest). */
const SANDBOX_NICENESS = 10;

export function sandboxCommand(root: string, script: string, readable: string[], scriptArgs: string[]): SandboxCommand {
  return {
    // Learner code runs at a lower CPU priority than the server beside it: on a machine whose cores
    // all grade, pages still answer (measured with `npm run loadtest`: a lesson page's p99 during a
    // burst). nice(1) is coreutils, on every Debian; it only lowers priority, which needs no privilege.
    file: "nice",
    args: [
      "-n",
      String(SANDBOX_NICENESS),
      "unshare",
      ...namespaceArgs(),
      "/bin/sh",
      path.join(root, "engine", "node", "sandbox-root.sh"),
      process.execPath,
      ...readable,
      "--",
      "--experimental-permission",
      // One flag per folder: Node 20 reads a comma-separated list as a single path.
      ...readable.map((folder) => `--allow-fs-read=${folder}/*`),
      "--allow-worker",
      "--no-warnings",
      // Compile Pyodide with the optimizing compiler up front instead of tiering up: an interpreter
      // lives for many runs, and CPython's eval loop, entered rarely, can stay on baseline code for
      // long. Measured: CPU-bound programs ~3% faster, +1.3 s per interpreter load.
      "--no-liftoff",
      script,
      ...scriptArgs,
    ],
  };
}
