import { inferAdditionalFields } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import type { Auth } from "@/app/_server/auth/better-auth";

/**
 * The browser's side of Better Auth: sign-up, sign-in, sign-out, the session hook and account changes,
 * all against /api/auth on this same origin (no baseURL, so the page's own origin passes the server's
 * Origin check). The server's additional fields (`role`) are inferred from its type alone: nothing of
 * the server module reaches the browser.
 */
export const authClient = createAuthClient({ plugins: [inferAdditionalFields<Auth>()] });
