import "server-only";
import { databaseUrl } from "@/prisma/database-url";
import { db } from "../db";
import { createAuth, type Auth } from "./better-auth";
import { serverSecret } from "./secret";

// One instance per server process (on globalThis so that `next dev` reloads do not multiply it).
const holder = globalThis as typeof globalThis & { heapwiseAuth?: Auth };

/** The app's Better Auth instance: its handler serves /api/auth/*, its api reads sessions. */
export function auth(): Auth {
  holder.heapwiseAuth ??= createAuth({
    database: db(),
    databaseUrl: databaseUrl(),
    secret: serverSecret(),
    baseURL: process.env.BETTER_AUTH_URL || undefined,
    allowedHosts: process.env.HEAPWISE_HOSTS?.split(",").map((host) => host.trim()).filter(Boolean),
  });
  return holder.heapwiseAuth;
}
