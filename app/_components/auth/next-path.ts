import type { Role } from "@/app/_server/auth/roles";

/**
 * Where to go after signing in or up: the `next` query parameter if it is a path on this site,
 * otherwise the home of the account's role. Anything else ("//evil.example", "https://…",
 * "/\evil.example", which browsers read as "//evil.example") would make the sign-in page an open
 * redirect, so it is dropped.
 */
export function sameSitePath(next: string | string[] | undefined): string | null {
  if (typeof next !== "string") return null;
  if (!next.startsWith("/") || next.startsWith("//")) return null;
  // Browsers treat a backslash as a slash and drop tabs and newlines from URLs.
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return null;
  return next;
}

/** A learner's work and a teacher's classes are what each comes to the site for. */
export function homeOf(role: Role): string {
  return role === "teacher" ? "/classes" : "/progress";
}

/** The page after signing in or up, as a link that keeps `next` ("/sign-up?next=%2Faccount"). */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
