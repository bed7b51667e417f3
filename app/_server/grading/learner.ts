import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import type { Database } from "../database-client";
import { LEARNER_COOKIE, signLearner, verifyLearner } from "../learner-identity";

/** The learner the request's signed cookie names, if any (and if that user still exists). Never
 * creates one: only a guest's first save or submission does (learnerOrGuest). */
export async function currentLearner(database: Database): Promise<string | null> {
  const userId = verifyLearner((await cookies()).get(LEARNER_COOKIE)?.value);
  if (!userId) return null;
  const user = await database.user.findUnique({ where: { id: userId }, select: { id: true } });
  return user?.id ?? null;
}

/**
 * The current learner, or a new guest learner whose signed id is set as an httpOnly cookie (Secure
 * when the request came over HTTPS: the embedded default serves plain HTTP on localhost).
 */
export async function learnerOrGuest(database: Database, overHttps: boolean): Promise<string> {
  const existing = await currentLearner(database);
  if (existing) return existing;
  const user = await database.user.create({
    data: { email: `guest-${randomBytes(12).toString("hex")}@guest.heapwise.invalid`, name: "Guest learner", role: "learner" },
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
