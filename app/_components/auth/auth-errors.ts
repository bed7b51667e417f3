/** What Better Auth's client returns for a refused request. */
export type AuthError = { status: number; message?: string | undefined };

export const TOO_MANY_ATTEMPTS = "Too many attempts: wait a minute and try again";

/**
 * The sentence a form shows for a refused request. Better Auth's own messages are written for people
 * ("Invalid email or password", "User already exists. Use another email."); only its rate limiter's
 * answer is replaced, to say how long to wait.
 */
export function authErrorMessage(error: AuthError): string {
  if (error.status === 429) return TOO_MANY_ATTEMPTS;
  return error.message || "Something went wrong: try again.";
}
