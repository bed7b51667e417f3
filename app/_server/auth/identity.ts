import "server-only";
import { randomBytes } from "node:crypto";
import { getSessionCookie } from "better-auth/cookies";
import { cookies, headers } from "next/headers";
import type { Database } from "../database-client";
import { auth } from "./auth";
import { LEARNER_COOKIE, signLearner, verifyLearner } from "./guest-cookie";
import { GUEST_EMAIL_DOMAIN } from "./guest-merge";
import { role as roleSchema, type Role } from "./roles";

/**
 * Who is asking: someone signed in (a Better Auth session), a guest (a signed cookie naming a guest
 * user, who has worked without an account), or nobody. Route handlers and pages ask here and in
 * access.ts, never decide it themselves.
 */
export type Identity =
  | { kind: "account"; userId: string; role: Role; name: string; email: string }
  | { kind: "guest"; userId: string; role: "learner" };

/** The signed-in user, if the request carries a live session. */
export async function currentAccount(): Promise<Extract<Identity, { kind: "account" }> | null> {
  const requestHeaders = await headers();
  // Most visitors carry no session cookie: they cost no database read.
  if (!getSessionCookie(requestHeaders)) return null;
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { kind: "account", userId: id, name, email, role: roleSchema.catch("learner").parse(role) };
}

/** The signed-in user, or else the guest the request's signed cookie names (if that user still exists). */
export async function currentIdentity(database: Database): Promise<Identity | null> {
  const account = await currentAccount();
  if (account) return account;
  const guestId = verifyLearner((await cookies()).get(LEARNER_COOKIE)?.value);
  if (!guestId) return null;
  const guest = await database.user.findUnique({ where: { id: guestId }, select: { id: true } });
  return guest ? { kind: "guest", userId: guest.id, role: "learner" } : null;
}

/** The id whose own work this request reads: the account's or the guest's. Never creates one: only a
 * guest's first save or submission does (learnerOrGuest). */
export async function currentLearner(database: Database): Promise<string | null> {
  return (await currentIdentity(database))?.userId ?? null;
}

/**
 * The current learner, or a new guest learner whose signed id is set as an httpOnly cookie (Secure
 * when the request came over HTTPS: the embedded default serves plain HTTP on localhost).
 */
export async function learnerOrGuest(database: Database, overHttps: boolean): Promise<string> {
  const existing = await currentLearner(database);
  if (existing) return existing;
  const user = await database.user.create({
    data: { email: `guest-${randomBytes(12).toString("hex")}@${GUEST_EMAIL_DOMAIN}`, name: "Guest learner", role: "learner" },
  });
  (await cookies()).set(LEARNER_COOKIE, signLearner(user.id), {
    httpOnly: true,
    sameSite: "lax",
    secure: overHttps,
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  return user.id;
}

/** Whether the browser reached us over HTTPS (directly or through a proxy that says so). */
export function requestIsHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}
