import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { serverSecret } from "./secret";

/**
 * A guest learner (someone who works without an account) is known by an httpOnly cookie that holds
 * their user id signed with HMAC-SHA256 under the server's secret, so that nobody can claim another
 * learner's id. Signing up or in moves the guest's work into the account and clears the cookie
 * (guest-merge.ts).
 */
export const LEARNER_COOKIE = "heapwise_learner";

function signature(userId: string): string {
  return createHmac("sha256", serverSecret()).update(userId).digest("base64url");
}

export function signLearner(userId: string): string {
  return `${userId}.${signature(userId)}`;
}

/** The user id in a cookie value, if its signature holds. */
export function verifyLearner(value: string | undefined): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const userId = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(userId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
