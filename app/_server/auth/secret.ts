import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The server's one secret, which signs guest cookies and Better Auth's session cookies: HEAPWISE_SECRET,
 * or one made at first start and kept in .heapwise-secret beside the database (so that `npm start` on a
 * fresh machine needs no configuration, and a restart keeps everyone signed in). Several instances
 * behind a load balancer must share it: set HEAPWISE_SECRET.
 */
let key: string | null = null;

export function serverSecret(): string {
  if (key) return key;
  const configured = process.env.HEAPWISE_SECRET;
  if (configured) return (key = configured);
  const file = path.join(process.cwd(), ".heapwise-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  return (key = fs.readFileSync(file, "utf8").trim());
}
