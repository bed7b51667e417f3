import { auth } from "@/app/_server/auth/auth";

/** Better Auth's endpoints (sign-up, sign-in, sign-out, session, account changes): its own validation,
 * CSRF and rate limits apply. */
export const GET = (request: Request) => auth().handler(request);
export const POST = (request: Request) => auth().handler(request);
