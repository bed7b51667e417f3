/**
 * A same-origin JSON request from a form, answered as what the form shows: the parsed body, or the
 * server's reason (every route answers a refusal with `{ error }`).
 */
export async function sendJson<T = unknown>(method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, body?: unknown): Promise<{ ok: true; data: T | null } | { ok: false; error: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: "The server could not be reached: check your connection and try again." };
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    const reason = parsed && typeof parsed === "object" && "error" in parsed && typeof parsed.error === "string" ? parsed.error : `the server answered ${response.status}`;
    return { ok: false, error: reason };
  }
  return { ok: true, data: parsed as T | null };
}
