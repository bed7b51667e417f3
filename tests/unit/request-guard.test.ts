import { describe, expect, it } from "vitest";
import { contentTypeRefusal, crossSiteRefusal, guardedJson, MAX_BODY_BYTES, readBodyText } from "@/app/_server/http/request-guard";

const URL_HERE = "http://127.0.0.1:3000/api/exercises/collect-the-cycle/submissions";

function post(headers: Record<string, string>, body?: BodyInit): Request {
  return new Request(URL_HERE, { method: "POST", headers: { host: "127.0.0.1:3000", ...headers }, body, duplex: "half" } as RequestInit);
}

/** A body that arrives in `chunks` pieces of `size` bytes and records how many were pulled and whether it was cancelled. */
function countedStream(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe("same-origin check", () => {
  it("refuses what another site's page sends, by Sec-Fetch-Site or by Origin", () => {
    expect(crossSiteRefusal(post({ "sec-fetch-site": "cross-site", origin: "https://evil.example" }))).toMatchObject({ status: 403 });
    expect(crossSiteRefusal(post({ "sec-fetch-site": "same-site" }))?.reason).toMatch(/another site.*same-site/);
    // An older browser without Fetch Metadata still sends Origin.
    expect(crossSiteRefusal(post({ origin: "https://evil.example" }))?.reason).toMatch(/Origin \(https:\/\/evil\.example\)/);
    expect(crossSiteRefusal(post({ origin: "http://127.0.0.1:3001" }))).toMatchObject({ status: 403 });
    expect(crossSiteRefusal(post({ origin: "null" }))).toMatchObject({ status: 403 });
    expect(crossSiteRefusal(post({ "sec-fetch-site": "same-origin", origin: "https://evil.example" }))).toMatchObject({ status: 403 });
  });

  it("lets the app's own pages, the user's own navigation and non-browser clients through", () => {
    expect(crossSiteRefusal(post({ "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" }))).toBeNull();
    expect(crossSiteRefusal(post({ "sec-fetch-site": "none" }))).toBeNull();
    expect(crossSiteRefusal(post({}))).toBeNull();
    // Behind a proxy, the host the browser addressed is the forwarded one.
    expect(crossSiteRefusal(post({ origin: "https://heapwise.example", "x-forwarded-host": "heapwise.example" }))).toBeNull();
  });
});

describe("content type", () => {
  it("takes JSON only, with or without a charset", () => {
    expect(contentTypeRefusal(post({ "content-type": "application/json" }))).toBeNull();
    expect(contentTypeRefusal(post({ "content-type": "Application/JSON; charset=utf-8" }))).toBeNull();
    expect(contentTypeRefusal(post({ "content-type": "text/plain" }))).toMatchObject({ status: 415, reason: expect.stringMatching(/text\/plain/) });
    expect(contentTypeRefusal(post({ "content-type": "application/x-www-form-urlencoded" }))).toMatchObject({ status: 415 });
    expect(contentTypeRefusal(post({}))).toMatchObject({ status: 415, reason: expect.stringMatching(/untyped/) });
  });
});

describe("body size", () => {
  it("refuses a declared length over the limit without reading a byte", async () => {
    const { stream, seen } = countedStream(64, 1024 * 1024);
    const result = await readBodyText(post({ "content-length": String(50 * 1024 * 1024) }, stream));
    expect(result).toMatchObject({ refusal: { status: 413 } });
    expect(seen.pulled).toBeLessThanOrEqual(1); // a ReadableStream may pull once to fill its queue on creation
  });

  it("reads an undeclared (chunked) body only until it passes the limit, then cancels the rest", async () => {
    const chunk = 64 * 1024;
    const { stream, seen } = countedStream(800, chunk); // 50 MiB if read to the end
    const result = await readBodyText(post({}, stream));
    expect(result).toMatchObject({ refusal: { status: 413 } });
    expect(seen.pulled * chunk).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * chunk);
    expect(seen.cancelled).toBe(true);
  });

  it("does not believe an understated length", async () => {
    const { stream } = countedStream(40, 64 * 1024);
    const result = await readBodyText(post({ "content-length": "10" }, stream));
    expect(result).toMatchObject({ refusal: { status: 413 } });
  });

  it("reads a body up to the limit whole", async () => {
    const text = JSON.stringify({ code: "é".repeat(1000) });
    expect(await readBodyText(post({}, text))).toEqual({ text });
    const { stream } = countedStream(16, 64 * 1024); // exactly 1 MiB: at the limit, not over it
    const whole = await readBodyText(post({}, stream));
    expect("text" in whole && whole.text.length).toBe(MAX_BODY_BYTES);
  });

  it("refuses a malformed length", async () => {
    expect(await readBodyText(post({ "content-length": "12abc" }, "{}"))).toMatchObject({ refusal: { status: 413 } });
  });
});

describe("guardedJson", () => {
  it("checks origin, then type, then size, then parses", async () => {
    const big = "x".repeat(MAX_BODY_BYTES + 1);
    expect(await guardedJson(post({ origin: "https://evil.example", "content-type": "text/plain" }, big))).toMatchObject({ refusal: { status: 403 } });
    expect(await guardedJson(post({ "content-type": "text/plain" }, big))).toMatchObject({ refusal: { status: 415 } });
    expect(await guardedJson(post({ "content-type": "application/json" }, big))).toMatchObject({ refusal: { status: 413 } });
    expect(await guardedJson(post({ "content-type": "application/json" }, "{ not json"))).toMatchObject({ refusal: { status: 400 } });
    expect(await guardedJson(post({ "content-type": "application/json", origin: "http://127.0.0.1:3000" }, '{"code":"x = 1"}'))).toEqual({ body: { code: "x = 1" } });
  });
});
