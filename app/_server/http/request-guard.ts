import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

/**
 * The checks every state-changing route makes before it does anything, in one place:
 *
 * - **Same origin.** A browser sends `Sec-Fetch-Site` and `Origin` with every POST, PUT and DELETE;
 *   a request another site's page made (a form posting `text/plain`, a script) says so in both. Only
 *   `same-origin` and `none` (typed or bookmarked by the user) pass, and an `Origin` must name this
 *   host. A request with neither header comes from no browser (curl, a test), which cannot carry a
 *   learner's cookie for a third party, so it passes.
 * - **JSON only.** `application/json` is not a type a cross-site form can send without a CORS
 *   preflight, which this app never answers: a second wall behind the origin check.
 * - **Bounded bodies.** A declared `Content-Length` over the limit is refused before a byte is read;
 *   a chunked body is read as a stream and abandoned as soon as it passes the limit, so a 50 MB body
 *   costs the server neither its memory nor the time to parse it.
 */

/** The largest body a route accepts. An exercise's code is at most 100,000 characters, which JSON
 * encodes in at most 600,000 bytes (`\uXXXX` per character); with the rest of the body, 1 MiB is ample. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 400 | 403 | 413 | 415; reason: string };

/** A refused request as the JSON response every route gives: `{ error }` with the status. */
export function refusalResponse({ status, reason }: Refusal): NextResponse {
  return NextResponse.json({ error: reason }, { status });
}

/** A body that is JSON but not the shape the route takes (400), naming each field that is wrong. */
export function invalidBody(error: z.ZodError): Refusal {
  return { status: 400, reason: error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ") };
}

/** The host this request was addressed to, as the browser saw it (a proxy in front says so). */
function requestHost(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host") || new URL(request.url).host || null;
}

/** Refuses a request another site's page sent (403), or null when it may proceed. */
export function crossSiteRefusal(request: Request): Refusal | null {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") {
    return { status: 403, reason: `refused: a request from another site (Sec-Fetch-Site: ${site}) may not change anything here` };
  }
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (a sandboxed frame, a file: page) and anything unparsable is no origin of ours.
    return { status: 403, reason: `refused: the request's Origin (${origin}) is not this site` };
  }
  if (originHost !== requestHost(request)) return { status: 403, reason: `refused: the request's Origin (${origin}) is not this site` };
  return null;
}

/** Refuses a body that is not declared as JSON (415), or null. */
export function contentTypeRefusal(request: Request): Refusal | null {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json") return null;
  return { status: 415, reason: `the request body must be application/json, not ${type || "untyped"}` };
}

function tooLarge(limit: number): Refusal {
  return { status: 413, reason: `the request body is larger than ${limit.toLocaleString("en")} bytes` };
}

/**
 * The body as text, read up to `limit` bytes. A declared length over the limit is refused without
 * reading; an undeclared (chunked) or understated one is read only until it passes the limit, and the
 * rest of the stream is cancelled.
 */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<{ text: string } | { refusal: Refusal }> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limit)) return { refusal: tooLarge(limit) };
  if (!request.body) return { text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { refusal: tooLarge(limit) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}

/**
 * The checks for a state-changing request with a JSON body, in the order that costs least: origin,
 * type, size; then the body, parsed. Returns the parsed JSON or the refusal to send.
 */
export async function guardedJson(request: Request, limit = MAX_BODY_BYTES): Promise<{ body: unknown } | { refusal: Refusal }> {
  const refusal = crossSiteRefusal(request) ?? contentTypeRefusal(request);
  if (refusal) return { refusal };
  const read = await readBodyText(request, limit);
  if ("refusal" in read) return read;
  try {
    return { body: JSON.parse(read.text) as unknown };
  } catch {
    return { refusal: { status: 400, reason: "the request body is not valid JSON" } };
  }
}

/**
 * guardedJson, then the body validated by `schema`: what every state-changing route handler starts
 * with. Returns the valid body, or the response that refuses the request (with its reason).
 */
export async function validatedBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<{ data: z.infer<Schema> } | { response: NextResponse }> {
  const guarded = await guardedJson(request);
  if ("refusal" in guarded) return { response: refusalResponse(guarded.refusal) };
  const parsed = schema.safeParse(guarded.body);
  if (!parsed.success) return { response: refusalResponse(invalidBody(parsed.error)) };
  return { data: parsed.data };
}
