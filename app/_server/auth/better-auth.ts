import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { isPostgresUrl } from "@/prisma/database-url";
import type { Database } from "../database-client";
import { LEARNER_COOKIE, verifyLearner } from "./guest-cookie";
import { isGuestEmail, mergeGuestInto } from "./guest-merge";
import { role } from "./roles";

/**
 * Accounts, by Better Auth: email and password (scrypt-hashed in Account.password), sessions in an
 * httpOnly cookie, its CSRF protection (the Origin of every state-changing request must be this site)
 * and its rate limiter, counted in the database so that every app instance shares the counts.
 *
 * Plain module (no "server-only") so that Vitest drives the real handler on a real database;
 * the app's instance is made once by auth.ts.
 */
export type AuthOptions = {
  database: Database;
  databaseUrl: string;
  secret: string;
  /** A fixed public URL (BETTER_AUTH_URL); without one the request's host is used, if it is allowed. */
  baseURL?: string;
  /** Hosts the server answers as when no baseURL is set. */
  allowedHosts?: string[];
};

/** Sign-in and sign-up attempts allowed per client address and minute: a class behind one school's NAT
 * signs in well within it, a password-guessing script does not. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

export const MIN_PASSWORD_LENGTH = 8;

const DEFAULT_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]:*"];

export function createAuth({ database, databaseUrl, secret, baseURL, allowedHosts = DEFAULT_HOSTS }: AuthOptions) {
  return betterAuth({
    appName: "Heapwise",
    secret,
    baseURL: baseURL ?? { allowedHosts, protocol: "auto" },
    basePath: "/api/auth",
    database: prismaAdapter(database, { provider: isPostgresUrl(databaseUrl) ? "postgresql" : "sqlite", transaction: true }),
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 128, autoSignIn: true },
    user: {
      additionalFields: { role: { type: "string", required: false, defaultValue: "learner", input: true } },
      // No mail is sent here: an email is never marked verified, so it may change at once.
      changeEmail: { enabled: true, updateEmailWithoutVerification: true },
      // Every row a user owns cascades from User (prisma/schema.prisma), so deleting the user deletes
      // their submissions, drafts, predictions, progress, enrollments and the classes they teach.
      deleteUser: { enabled: true },
    },
    // Better Auth skips its Origin check under a test runner by default; it is part of what is tested.
    advanced: {
      disableOriginCheck: false,
      // Secure (__Secure-) cookies in production, which browsers keep over HTTPS and on localhost; a
      // server reached over plain HTTP by another name (a classroom's LAN) says so with an http:
      // BETTER_AUTH_URL, and gets cookies that such a browser keeps.
      ...(baseURL?.startsWith("http:") ? { useSecureCookies: false } : {}),
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/sign-up/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/change-password": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/delete-user": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
      },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            if (isGuestEmail(user.email)) throw new APIError("BAD_REQUEST", { message: "That email address is reserved." });
            const chosen = role.safeParse(user.role ?? "learner");
            if (!chosen.success) throw new APIError("BAD_REQUEST", { message: "role must be learner or teacher" });
            return { data: { ...user, role: chosen.data } };
          },
        },
        update: {
          before: async (user) => {
            // The role is chosen once: a teacher's classes and a learner's enrollments depend on it.
            if ("role" in user && user.role !== undefined) throw new APIError("BAD_REQUEST", { message: "role cannot be changed" });
            if (typeof user.email === "string" && isGuestEmail(user.email)) throw new APIError("BAD_REQUEST", { message: "That email address is reserved." });
          },
        },
      },
    },
    hooks: {
      // A guest who signs up or in keeps what they did: their work moves into the account.
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email" && ctx.path !== "/sign-in/email") return;
        const session = ctx.context.newSession;
        const guestId = verifyLearner(ctx.getCookie(LEARNER_COOKIE) ?? undefined);
        if (!session || !guestId) return;
        await mergeGuestInto(database, guestId, session.user.id);
        ctx.setCookie(LEARNER_COOKIE, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax" });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
