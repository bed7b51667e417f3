import { z } from "zod";

const errorBody = z.object({ error: z.string() });

/**
 * A response's JSON body, or, for a refusal, an Error with the reason the server gave (every API
 * route answers `{ error }` with its 4xx/5xx); the status when it gave none.
 */
export async function jsonOrReason(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const reason = errorBody.safeParse(body);
  throw new Error(reason.success ? reason.data.error : `the server answered ${response.status}`);
}
