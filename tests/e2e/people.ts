import { type APIRequestContext, expect, request } from "@playwright/test";

/**
 * People for end-to-end tests, made through the app's own API: each signs up with a unique email
 * and speaks from their own client address (X-Forwarded-For, as a proxy in front would set it), since
 * sign-in is rate limited per address.
 */
let serial = 0;
export const uniqueAddress = () => `198.51.${Math.floor(Math.random() * 250)}.${(serial++ % 250) + 1}`;
export const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;

export type Person = { api: APIRequestContext; id: string; email: string; name: string; password: string };

export async function anonymous(baseURL: string): Promise<APIRequestContext> {
  // A fresh connection per request: a kept-alive socket that sat idle while others' submissions were
  // graded may be closed by the server (Node's 5 s keep-alive) just as the next request goes out on
  // it, which ends that request with ECONNRESET (seen once in a full run). Browsers retry such a
  // request; this client does not.
  return request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress(), connection: "close" } });
}

export async function signUp(baseURL: string, role: "learner" | "teacher", name: string): Promise<Person> {
  const api = await anonymous(baseURL);
  const email = uniqueEmail(role);
  const password = "a long enough password";
  const response = await api.post("/api/auth/sign-up/email", { data: { email, password, name, role } });
  expect(response.status(), await response.text()).toBe(200);
  const { user } = (await response.json()) as { user: { id: string } };
  return { api, id: user.id, email, name, password };
}

export async function createClass(teacher: Person, name: string): Promise<{ id: string; joinCode: string }> {
  const response = await teacher.api.post("/api/classes", { data: { name } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; joinCode: string };
}

export async function join(learner: Person, code: string): Promise<void> {
  const response = await learner.api.post("/api/classes/join", { data: { code } });
  expect(response.status(), await response.text()).toBe(200);
}
