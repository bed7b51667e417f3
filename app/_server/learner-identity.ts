import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Who is submitting, until accounts exist: a guest learner, known by an httpOnly cookie that holds
 * their user id signed with HMAC-SHA256, so that nobody can claim another learner's id. The key is
 * HEAPWISE_SECRET, or one made at first start and kept in .heapwise-secret beside the database.
 */
export const LEARNER_COOKIE = "heapwise_learner";

let key: Buffer | null = null;

function secret(): Buffer {
  if (key) return key;
  const configured = process.env.HEAPWISE_SECRET;
  if (configured) return (key = Buffer.from(configured, "utf8"));
  const file = path.join(process.cwd(), ".heapwise-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  return (key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "utf8"));
}

function signature(userId: string): string {
  return createHmac("sha256", secret()).update(userId).digest("base64url");
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
