import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";

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

/** `next start` of the production build in `root` on a free loopback port, once it answers. */
export async function startServer(root: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: process.env.DATABASE_URL ?? "file:./e2e.db" },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill("SIGKILL");
  throw new Error("next start did not answer within 60 s (run `npm run build` first)");
}
