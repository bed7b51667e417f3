/**
 * The sandbox-escape corpus: every program in ./attempts tries to reach the host (run a command, read
 * or write a host file, read the host's environment, open a connection) and runs on every Python
 * version through the real EnginePool, i.e. inside the real sandbox process.
 *
 * For each attempt the test checks the host, not only what the program says:
 * - nothing on stdout says "ESCAPED" (each attempt prints that line when its route worked);
 * - no secret shows up anywhere in the result: the content of a secret file in a host temp folder, the
 *   value of a secret variable in this process's environment, the first line of /etc/passwd;
 * - the host temp folder holds exactly what the test put there (no marker file appeared);
 * - the TCP server (all IPv4 addresses of the host) and the Unix-socket server got no connection;
 * - the run ended with the Python exception expected for that route, with a message that names the
 *   reason (the sandbox's "not available in Heapwise", Node's "Access to this API has been
 *   restricted", ENETUNREACH...), and the interpreter then runs a normal program as usual.
 *
 * Parameters reach an attempt as a header of Python assignments prepended to its source, never as
 * files inside the sandbox: SECRET_FILE, MARKER_FILE, TCP_PORT, HOST_ADDRESSES, UNIX_SOCKET and
 * SECRET_ENV_NAME (the name only: the value must be unreachable).
 *
 * Each attempt file stands alone, so that it reads as the attack it is: the JavaScript-route attempts
 * repeat the few lines that reach the Function constructor and run a task in a worker thread.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PYTHON_VERSIONS, type PythonVersion, type RunResult } from "@/engine/protocol";
import { REACHED_JAVASCRIPT } from "@/engine/runtime/bridge-tripwire";
import { enginePoolForThisFile } from "../support/engine-pool";

const ATTEMPTS_DIR = path.join(import.meta.dirname, "attempts");

// Set before the pool starts its first sandbox process (pools start lazily, on the first run), so a
// sandbox that inherited this process's environment would see it.
const SECRET_ENV_NAME = "HEAPWISE_ESCAPE_SECRET";
const SECRET_ENV_VALUE = `env-secret-${randomUUID()}`;
process.env[SECRET_ENV_NAME] = SECRET_ENV_VALUE;
const SECRET_FILE_CONTENT = `file-secret-${randomUUID()}`;
// The first line of every Debian/Alpine /etc/passwd: proof of a read of the host's real file.
const PASSWD_FIRST_LINE = "root:x:0:0:";

/**
 * Two pools. A sandbox stops a program at its first call into JavaScript ("stop"), so that none of
 * its JavaScript runs and its run does not count: `stopping` checks that, as production runs it.
 * `observing` lets the JavaScript run on ("observe") and reports what the program then claimed, so
 * that the corpus also shows the process wall holding on its own, had the tripwire missed a route.
 */
const observing = enginePoolForThisFile({ onTrip: "observe" });
const stopping = enginePoolForThisFile();

/** Where a route is stopped: by the Python-level lockdown, or only by the sandbox process's wall. */
type Wall = "python" | "process";

type Expectation = {
  wall: Wall;
  /** How the run ended (as the program claimed it, past the process wall); "exception" unless said. */
  status?: RunResult["status"];
  /** The run's time limit, when the attempt is meant to reach it (default 10 s). */
  timeoutMs?: number;
  /** Exception types (as RunResult names them) that count as "stopped". */
  types: readonly string[];
  message: RegExp;
};

const NOT_AVAILABLE = "is not available in Heapwise: programs run in a sandbox without access to the host";
const blockedImport = (module: string): Expectation => ({
  wall: "python",
  types: ["ImportError"],
  message: new RegExp(`^module '${module.replaceAll(".", "\\.")}' ${NOT_AVAILABLE}$`),
});
const refused = (what: string): Expectation => ({
  wall: "python",
  types: ["PermissionError"],
  message: new RegExp(`^${what.replaceAll(".", "\\.").replaceAll("*", "\\*")} ${NOT_AVAILABLE}$`),
});
// What crosses the Python-level blocks meets JavaScript errors, which Pyodide raises as JsException.
const JS_EXCEPTION = ["pyodide.ffi.JsException"] as const;
/** Node's permission model (--experimental-permission) refusing fs, child_process, WASI... */
const permissionModel: Expectation = { wall: "process", types: JS_EXCEPTION, message: /Access to this API has been restricted|ERR_ACCESS_DENIED/ };
/** The sandbox process's own network namespace: no interface but a loopback that is down. */
const networkNamespace: Expectation = { wall: "process", types: JS_EXCEPTION, message: /ENETUNREACH/ };

/**
 * One entry per file in ./attempts (a file without an entry fails the suite). The comment says what
 * stops the route; the file's own header comment describes the attack.
 */
const EXPECTED: Record<string, Expectation> = {
  // The sandbox replaces os.system/os.popen and its audit hook refuses the os.* events behind them.
  "01-os-system.py": refused("os.system"),
  "02-os-popen.py": refused("os.popen"),
  "03-subprocess-run.py": blockedImport("subprocess"),
  // posix.execv is the untouched C function: the audit hook's "os.exec" event stops it.
  "04-posix-execv.py": refused("os.exec*"),
  // os.spawnlp reaches the replaced os.fork through os.py's helpers.
  "05-os-spawnlp.py": refused("os.fork"),
  "06-posix-system-fork.py": refused("os.system"),
  // Emscripten's libc has no posix_spawn, so os has no such attribute; a build that had one would get
  // the refusing replacement (and the audit hook) instead.
  "07-os-posix-spawn.py": { wall: "python", types: ["AttributeError", "PermissionError"], message: /posix_spawn/ },
  "08-import-js.py": blockedImport("js"),
  // install() deleted the bridge modules from sys.modules.
  "09-sys-modules-js.py": { wall: "python", types: ["KeyError"], message: /^'js'$/ },
  "10-dunder-import-js.py": blockedImport("js"),
  "11-importlib-pyodide-js.py": blockedImport("pyodide_js"),
  // Without the blocking finder the audit hook's "import" event still refuses the module.
  "12-meta-path-removed.py": blockedImport("pyodide.code"),
  "13-pyodide-code-run-js.py": blockedImport("pyodide.code"),
  "14-pyodide-ffi-to-js-constructor.py": blockedImport("pyodide.ffi"),
  "15-pyodide-http-pyfetch.py": blockedImport("pyodide.http"),
  // Every run gets a new __main__ module, without Pyodide's globals.
  "16-main-pyodide-core.py": { wall: "python", types: ["AttributeError"], message: /^module '__main__' has no attribute '_pyodide_core'$/ },
  // pyodide/code.py loads from the zip, but its own `from _pyodide._base import ...` is refused.
  "17-zipimport-pyodide-code.py": blockedImport("_pyodide._base"),
  "18-ctypes-emscripten-run-script.py": blockedImport("ctypes"),
  // These reach JavaScript's Function constructor despite the Python-level blocks; Node's permission
  // model refuses child_process, fs outside the engine's folders, and WASI.
  "19-imp-create-builtin-core.py": permissionModel,
  "20-subclass-walk-exec.py": permissionModel,
  "21-gc-objects-pyodide-core.py": permissionModel,
  // NODEFS gets ERR_ACCESS_DENIED from Node's fs, which has no errno, so Emscripten throws an
  // ErrnoError without one: "ErrnoError: FS error" (Pyodide 0.25), or a plain object that newer
  // Pyodide can only describe as "[object Object]". The secret checks are what matters here.
  "22-jsfinder-pyodide-js-nodefs.py": { wall: "process", types: JS_EXCEPTION, message: /ErrnoError|FS error|\[object Object\]/ },
  "23-js-require-child-process.py": permissionModel,
  // The sandbox process starts with an empty environment: the JsProxy has no such attribute.
  "24-js-process-env.py": { wall: "process", types: ["AttributeError"], message: new RegExp(`^${SECRET_ENV_NAME}$`) },
  // Emscripten's environment is its own: the host's variables never reach it.
  "25-os-environ.py": { wall: "python", types: ["KeyError"], message: new RegExp(`^'${SECRET_ENV_NAME}'$`) },
  // Emscripten's in-memory file system: no /etc, a /proc with only self/fd, no host folders.
  "26-proc-environ.py": { wall: "python", types: ["FileNotFoundError"], message: /No such file or directory: '\/proc\/self\/environ'/ },
  "27-open-etc-passwd.py": { wall: "python", types: ["FileNotFoundError"], message: /No such file or directory: '\/etc\/hostname'/ },
  "28-open-secret-file.py": { wall: "python", types: ["FileNotFoundError"], message: /No such file or directory: '.*secret\.txt'/ },
  "29-write-marker-file.py": { wall: "python", types: ["FileNotFoundError"], message: /No such file or directory: '.*marker-/ },
  "30-js-fs-read-secret.py": permissionModel,
  "31-js-fs-write-marker.py": permissionModel,
  "32-js-wasi-preopen.py": permissionModel,
  // The engine's permission shim answers process.binding('constants') only.
  "33-js-process-binding.py": { wall: "process", types: JS_EXCEPTION, message: /process\.binding\('fs'\) is not available in the engine sandbox/ },
  // The audit hook refuses socket.getaddrinfo / socket.__new__ / socket.connect.
  "34-socket-loopback.py": refused("socket"),
  "35-raw-socket-host-address.py": refused("socket"),
  // urllib wraps the OSError in URLError (itself an OSError).
  "36-urllib-request.py": { wall: "python", types: ["urllib.error.URLError"], message: new RegExp(`^<urlopen error socket ${NOT_AVAILABLE}>$`) },
  "37-http-client.py": refused("socket"),
  "38-js-fetch.py": networkNamespace,
  "39-js-net-connect-host-address.py": networkNamespace,
  // Node 20 has neither global.
  "40-js-xhr-websocket.py": { wall: "process", types: JS_EXCEPTION, message: /ReferenceError: WebSocket is not defined/ },
  // A path-named Unix socket is outside what a network namespace isolates, and Node 20's permission
  // model has no network permission: the sandbox's private root file system (sandbox-root.sh) holds
  // no host socket, so the connection finds nothing (ENOENT).
  "41-js-unix-socket.py": { wall: "process", types: JS_EXCEPTION, message: /ENOENT|EACCES|EPERM|ECONNREFUSED|ERR_ACCESS_DENIED|restricted/ },
  // Runs in its own test below (twice, with another program in between); its first run ends with the
  // RuntimeError it raises itself after planting its hook.
  "42-js-state-survives-run.py": { wall: "process", types: ["RuntimeError"], message: /^planted a hook/ },
  "43-imp-create-builtin-ctypes.py": refused("ctypes"),
  // The sandbox process and its threads start with an empty environment.
  "44-js-environment-is-empty.py": { wall: "process", types: ["LookupError"], message: /^process\.env holds \[\]$/ },
  // Forged messages are never believed; the program's own exception is what it claimed last.
  "45-js-fake-ready-and-retiring.py": { wall: "process", types: ["RuntimeError"], message: /^sent forged messages/ },
  // A thread that ends itself is a crashed interpreter, replaced.
  "46-js-exit-the-thread.py": { wall: "process", status: "crashed", types: ["SystemError"], message: /the interpreter stopped unexpectedly/ },
  // Only the host's clock ends a loop that never polls the interrupt buffer.
  "47-js-infinite-loop.py": { wall: "process", status: "timeout", types: ["TimeoutError"], message: /Heapwise's time limit/, timeoutMs: 1_000 },
  // Both silence the audit hook first. Emscripten's system() is child_process.spawnSync, which Node's
  // permission model refuses (Pyodide then fails fatally and the interpreter is replaced); a socket
  // is a WebSocket in the sandbox's empty network namespace.
  "48-audit-globals-posix-system.py": { wall: "process", status: "crashed", types: ["SystemError"], message: /Access to this API has been restricted/ },
  "49-audit-globals-socket.py": { wall: "process", types: ["OSError"], message: /Host is unreachable|timed out/ },
};

/** Attempts that need a sequence of runs rather than one: they have their own tests. */
const SEQUENCED = new Set(["42-js-state-survives-run.py"]);

/** What the host side offers and watches: a temp folder, a TCP server and a Unix-socket server. */
type HostFixture = {
  dir: string;
  secretFile: string;
  unixSocket: string;
  tcpPort: number;
  addresses: string[];
  /** Files the test itself put in `dir`; anything else there was written from the sandbox. */
  ownFiles: string[];
  connections: { tcp: number; unix: number };
  close: () => Promise<void>;
};

function listen(server: net.Server, options: net.ListenOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options, () => resolve());
  });
}

async function startHostFixture(): Promise<HostFixture> {
  // os.tmpdir() is outside the folders the sandbox may read (engine/dist and pyodide).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-escape-"));
  const secretFile = path.join(dir, "secret.txt");
  fs.writeFileSync(secretFile, SECRET_FILE_CONTENT);
  const connections = { tcp: 0, unix: 0 };
  // Open sockets are destroyed at the end: server.close() alone would wait for them forever.
  const open = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  };
  // Every IPv4 address of the host, loopback included: the sandbox must reach none of them.
  const tcp = net.createServer((socket) => {
    connections.tcp += 1;
    track(socket);
    socket.end("HTTP/1.0 200 OK\r\n\r\nhost\n");
  });
  await listen(tcp, { port: 0, host: "0.0.0.0" });
  const unixSocket = path.join(dir, "host.sock");
  const unix = net.createServer((socket) => {
    connections.unix += 1;
    track(socket);
    socket.end("host\n");
  });
  await listen(unix, { path: unixSocket });
  const address = tcp.address();
  if (address === null || typeof address === "string") throw new Error("the TCP server has no port");
  const external = Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === "IPv4" && !entry.internal)
    .map((entry) => entry.address);
  const close = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    dir,
    secretFile,
    unixSocket,
    tcpPort: address.port,
    addresses: ["127.0.0.1", ...external],
    ownFiles: fs.readdirSync(dir).sort(),
    connections,
    close: async () => {
      for (const socket of open) socket.destroy();
      await Promise.all([close(tcp), close(unix)]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Connects from the host itself, to prove the servers count what reaches them. */
function connectFromHost(options: net.NetConnectOpts): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(options, () => {
      socket.on("close", () => resolve());
      socket.resume();
    });
    socket.on("error", reject);
  });
}

let host: HostFixture;

beforeAll(async () => {
  host = await startHostFixture();
});

afterAll(async () => {
  await host.close();
  Reflect.deleteProperty(process.env, SECRET_ENV_NAME);
});

/** The Python header that hands an attempt its parameters; JSON strings are valid Python literals. */
function header(file: string, version: PythonVersion): string {
  const markerFile = path.join(host.dir, `marker-${version}-${path.basename(file, ".py")}.txt`);
  return [
    "# Parameters from tests/escapes/escapes.test.ts",
    `SECRET_FILE = ${JSON.stringify(host.secretFile)}`,
    `MARKER_FILE = ${JSON.stringify(markerFile)}`,
    `TCP_PORT = ${host.tcpPort}`,
    `HOST_ADDRESSES = ${JSON.stringify(host.addresses)}`,
    `UNIX_SOCKET = ${JSON.stringify(host.unixSocket)}`,
    `SECRET_ENV_NAME = ${JSON.stringify(SECRET_ENV_NAME)}`,
    "",
  ].join("\n");
}

function runAttempt(file: string, python: PythonVersion, pool = observing): Promise<RunResult> {
  const source = fs.readFileSync(path.join(ATTEMPTS_DIR, file), "utf8");
  return pool.run(header(file, python) + source, { python, filename: file, timeoutMs: EXPECTED[file]?.timeoutMs ?? 10_000 });
}

/** What the program said, or (after it reached JavaScript) claimed: where an escape would show. */
function outcomeOf(result: RunResult): Pick<RunResult, "status" | "stdout" | "stderr" | "exception"> {
  return result.untrusted ?? result;
}

/**
 * A run that reached JavaScript, as the host reports it: a SecurityError of its own, nothing of what
 * the thread said after the trip but as `untrusted` (only in the observing pool).
 */
function expectSecurityStop(result: RunResult, pool: "observing" | "stopping" = "observing"): void {
  expect(result.status).toBe("security");
  expect(result.exitCode).toBe(1);
  expect(result.exception).toEqual({ type: "SecurityError", message: REACHED_JAVASCRIPT });
  expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(REACHED_JAVASCRIPT);
  expect(result.trace).toBeNull();
  expect(result.inspection).toBeNull();
  if (pool === "observing") expect(result.untrusted).toBeDefined();
  else expect(result.untrusted).toBeUndefined();
}

/**
 * The host-side checks that hold for every run, whatever it printed or raised. Connections are counted
 * from when the test began, and a stray file is removed once reported, so that one escape fails its
 * own test and not every test after it.
 */
function watchHost() {
  const before = { ...host.connections };
  return (result: RunResult): void => {
    const claimed = result.untrusted;
    const everything = [result.stdout, result.stderr, result.exception?.message ?? "", claimed?.stdout, claimed?.stderr, claimed?.exception?.message].join("\n");
    const files = fs.readdirSync(host.dir).sort();
    for (const stray of files.filter((file) => !host.ownFiles.includes(file))) fs.rmSync(path.join(host.dir, stray), { recursive: true, force: true });
    expect(result.stdout).not.toContain("ESCAPED");
    expect(claimed?.stdout ?? "").not.toContain("ESCAPED");
    expect(everything).not.toContain(SECRET_FILE_CONTENT);
    expect(everything).not.toContain(SECRET_ENV_VALUE);
    expect(everything).not.toContain(PASSWD_FIRST_LINE);
    expect(files).toEqual(host.ownFiles);
    expect({ tcp: host.connections.tcp - before.tcp, unix: host.connections.unix - before.unix }).toEqual({ tcp: 0, unix: 0 });
  };
}

const HEALTHY = "import sys\nprint('still healthy', sys.version_info[:2], 6 * 7)\n";

/** After any attempt the same interpreter slot must run a normal program normally. */
async function expectHealthy(python: PythonVersion, pool = observing): Promise<void> {
  // A generous limit: this checks health, not speed, and the run may share the machine with the
  // loading of its sandbox's next spare interpreter.
  const next = await pool.run(HEALTHY, { python, timeoutMs: 20_000 });
  expect(next.status).toBe("ok");
  expect(next.stdout).toBe(`still healthy (${python.replace(".", ", ")}) 42\n`);
  expect(next.stderr).toBe("");
}

const attemptFiles = fs
  .readdirSync(ATTEMPTS_DIR)
  .filter((file) => file.endsWith(".py"))
  .sort();

describe("the corpus", () => {
  it("has an expectation for every attempt file and a file for every expectation", () => {
    expect(attemptFiles).toEqual(Object.keys(EXPECTED).sort());
    expect(attemptFiles.length).toBeGreaterThanOrEqual(28);
  });

  it("watches the host for real: the servers count connections, the secrets are in place", async () => {
    const [loopback, ...others] = host.addresses;
    for (const address of [loopback, ...others]) await connectFromHost({ host: address, port: host.tcpPort });
    await connectFromHost({ path: host.unixSocket });
    expect(host.connections).toEqual({ tcp: host.addresses.length, unix: 1 });
    host.connections.tcp = 0;
    host.connections.unix = 0;
    expect(fs.readFileSync(host.secretFile, "utf8")).toBe(SECRET_FILE_CONTENT);
    expect(process.env[SECRET_ENV_NAME]).toBe(SECRET_ENV_VALUE);
  });
});

/**
 * A program that reaches JavaScript costs its sandbox a new interpreter (about 5 s here), so the
 * process wall, which is the same sandbox process whatever the Python version, is shown on the oldest
 * and the newest release; the Python-level blocks, which differ by version, and the tripwire (the
 * stopping pool below, whose imports differ by release) are shown on every version.
 */
const PROCESS_WALL_VERSIONS: readonly PythonVersion[] = ["3.11", "3.14"];

describe.each(PYTHON_VERSIONS)("Python %s: escape attempts stay inside the sandbox", (python) => {
  const attempts = attemptFiles.filter((name) => !SEQUENCED.has(name) && (EXPECTED[name]?.wall !== "process" || PROCESS_WALL_VERSIONS.includes(python)));
  for (const file of attempts) {
    const expected = EXPECTED[file];
    it(`${file} is stopped (${expected?.wall ?? "?"} wall)`, async () => {
      if (!expected) throw new Error(`no expectation for ${file}`);
      const expectHostUntouched = watchHost();
      const result = await runAttempt(file, python);
      expectHostUntouched(result);
      // A route past the Python-level blocks reaches JavaScript: the run does not count, whatever
      // the program then claimed, and the claim shows the process wall's refusal.
      if (expected.wall === "process") expectSecurityStop(result);
      else expect(result.untrusted).toBeUndefined();
      const outcome = outcomeOf(result);
      expect(outcome.status, outcome.stdout + outcome.stderr).toBe(expected.status ?? "exception");
      expect(expected.types).toContain(outcome.exception?.type);
      expect(outcome.exception?.message).toMatch(expected.message);
      // The traceback the learner sees names the same exception.
      expect(outcome.stderr).toContain(outcome.exception?.message.split("\n")[0] ?? "");
      await expectHealthy(python);
      expectHostUntouched(result);
    });
  }

  it("42-js-state-survives-run.py: a hook planted in JavaScript leaves the host untouched", async () => {
    const file = "42-js-state-survives-run.py";
    const expected = EXPECTED[file];
    if (!expected) throw new Error(`no expectation for ${file}`);
    const expectHostUntouched = watchHost();
    const planted = await runAttempt(file, python);
    expectHostUntouched(planted);
    expectSecurityStop(planted);
    expect(expected.types).toContain(planted.untrusted?.exception?.type);
    expect(planted.untrusted?.exception?.message).toMatch(expected.message);
    await expectHealthy(python);
    expectHostUntouched(planted);
  });

  // The in-place restore renews CPython's memory and the file system, not the interpreter thread's
  // JavaScript realm; a program that reached JavaScript could plant a hook there. The sandbox
  // replaces the thread after any run that tripped the wire, so the next run meets a new realm.
  it("42-js-state-survives-run.py: JavaScript planted by one run neither sees nor changes the next run", async () => {
    const file = "42-js-state-survives-run.py";
    await runAttempt(file, python);
    const victim = await observing.run("print('victim answer 42: PASS')\n", { python });
    expect.soft(victim.stdout, "the victim's result was rewritten").toBe("victim answer 42: PASS\n");
    const harvest = await runAttempt(file, python);
    expect.soft(outcomeOf(harvest).stdout, "the victim's output was read by a later run").not.toContain("victim answer 42");
    await expectHealthy(python);
  });

  // Pyodide >= 0.27 keeps the JavaScript objects Python refers to in a WebAssembly table, outside the
  // linear memory restored after each run: a second bridge-using run on the same thread found them
  // stale and Pyodide failed fatally ("hiwire_incref on invalid reference ... use after free"). The
  // thread is replaced after any run that tripped the wire, so that run gets a new interpreter.
  it("JavaScript references of one run do not crash the next run", async () => {
    // 24 keeps a JsProxy of process.env in a global when it ends; 30 then calls into JavaScript again.
    const expectHostUntouched = watchHost();
    await runAttempt("24-js-process-env.py", python);
    const next = await runAttempt("30-js-fs-read-secret.py", python);
    expectHostUntouched(next);
    expectSecurityStop(next);
    expect(next.untrusted?.status, next.untrusted?.stderr).toBe("exception");
    expect(next.untrusted?.exception?.message).toMatch(permissionModel.message);
  });
});

/**
 * The corpus's ways into JavaScript; every other JavaScript attempt takes one of these (21 reaches
 * the same module as 19) and differs only in what its JavaScript then tries, which never runs in a
 * stopping sandbox.
 */
const ROUTES_TO_JAVASCRIPT = [
  "19-imp-create-builtin-core.py",
  "20-subclass-walk-exec.py",
  "22-jsfinder-pyodide-js-nodefs.py",
  // No FFI at all: C library calls that Emscripten implements in JavaScript.
  "48-audit-globals-posix-system.py",
  "49-audit-globals-socket.py",
];

describe.each(PYTHON_VERSIONS)("Python %s: a program that reaches JavaScript is stopped before any of its JavaScript runs", (python) => {
  for (const file of ROUTES_TO_JAVASCRIPT) {
    it(`${file} ends as a SecurityError`, async () => {
      const expectHostUntouched = watchHost();
      const result = await runAttempt(file, python, stopping);
      expectHostUntouched(result);
      expectSecurityStop(result, "stopping");
      await expectHealthy(python, stopping);
    });
  }
});
