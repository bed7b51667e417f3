import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** A free loopback port, for a server the bench starts itself. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A process of the app's (a server or a grading worker) with the processes it started (the engine's sandboxes). */
export type AppProcess = {
  process: ChildProcess;
  /** Everything it wrote, for a test's failure message. */
  output: () => string;
  /** Signals it and every process it started (its own process group); resolves when it has exited. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

function startProcess(root: string, args: string[], env: Record<string, string>): AppProcess {
  // Its own process group, so that a kill reaches the engine's sandbox processes too, as when a
  // machine goes away; node directly, not npx, so that the signal reaches the app's process itself.
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    process: child,
    output: () => output,
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
}

/** `next start` of the production build in `root` on a free loopback port (or `port`), once it answers. */
export async function startServer(root: string, env: Record<string, string> = {}, port?: number): Promise<AppProcess & { url: string; port: number }> {
  const listen = port ?? (await freePort());
  const server = startProcess(root, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(listen)], {
    DATABASE_URL: process.env.DATABASE_URL ?? "file:./e2e.db",
    ...env,
  });
  const url = `http://127.0.0.1:${listen}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    try {
      if ((await fetch(url)).ok) return { ...server, url, port: listen };
    } catch {
      // not listening yet
    }
    if (server.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.kill();
  throw new Error(`next start did not answer within 60 s (run \`npm run build\` first):\n${server.output()}`);
}

/** `npm run worker` (a grading worker on the PostgreSQL DATABASE_URL in `env`), once it takes jobs. */
export async function startWorker(root: string, env: Record<string, string>): Promise<AppProcess> {
  const worker = startProcess(root, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/worker.ts"], env);
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (worker.output().includes("graders on")) return worker;
    if (worker.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await worker.kill();
  throw new Error(`the grading worker did not start:\n${worker.output()}`);
}
