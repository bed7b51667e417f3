/**
 * What an oversized request costs the server before it is refused, measured in one run on this
 * machine: a 50 MB JSON body sent to a route that reads it whole and then rejects it (the submissions
 * route before issue 14: `request.json()`, then zod's 100,000-character limit) against the same body
 * sent to the request guard every state-changing route now uses (app/_server/http/request-guard.ts),
 * declared (Content-Length) and chunked. Both handlers run in one Node HTTP server that hands them a
 * web Request the way Next's Node adapter does (the body a stream read on demand).
 *
 *   npx tsx --conditions=react-server scripts/bench-request-body.ts
 */
import http from "node:http";
import { Readable } from "node:stream";
import { z } from "zod";
import { guardedJson } from "../app/_server/http/request-guard";
import { median } from "./bench-support/statistics";

const BODY_BYTES = 50 * 1024 * 1024;
const ROUNDS = 5;
const oldShape = z.object({ code: z.string().max(100_000) });

type Handler = (request: Request) => Promise<number>;

/** The route as it was: the whole body parsed, then refused for the code's length. */
const readWhole: Handler = async (request) => {
  try {
    return oldShape.safeParse(await request.json()).success ? 200 : 400;
  } catch {
    return 400;
  }
};
const guarded: Handler = async (request) => {
  const result = await guardedJson(request);
  return "refusal" in result ? result.refusal.status : 200;
};

function serve(handler: Handler): Promise<{ port: number; close: () => void }> {
  const server = http.createServer((incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    const body = Readable.toWeb(incoming) as ReadableStream<Uint8Array>;
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, { method: incoming.method, headers, body, duplex: "half" } as RequestInit);
    void handler(request).then((status) => {
      outgoing.writeHead(status, { "content-type": "application/json", connection: "close" });
      outgoing.end("{}");
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ port: (server.address() as { port: number }).port, close: () => server.close() })));
}

/** Sends a JSON body of BODY_BYTES (a string of spaces inside {"code": ...}) and times the answer. */
function send(port: number, chunked: boolean): Promise<{ status: number; ms: number; sentMb: number }> {
  const head = Buffer.from('{"code":"');
  const tail = Buffer.from('"}');
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (chunked) headers["transfer-encoding"] = "chunked";
    else headers["content-length"] = BODY_BYTES;
    const request = http.request({ host: "127.0.0.1", port, path: "/", method: "POST", headers });
    let sent = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, sentMb: sent / 1024 / 1024 });
      request.destroy();
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      if (sent === 0) {
        request.write(head);
        sent += head.length;
      }
      while (!answered && sent + chunk.length + tail.length <= BODY_BYTES) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (answered) return;
      request.write(Buffer.alloc(BODY_BYTES - sent - tail.length, 0x20));
      request.end(tail);
      sent = BODY_BYTES;
    };
    pump();
  });
}


async function measure(name: string, handler: Handler, chunked: boolean) {
  const server = await serve(handler);
  const times: number[] = [];
  let last = { status: 0, sentMb: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const result = await send(server.port, chunked);
    times.push(result.ms);
    last = result;
  }
  server.close();
  const ms = median(times);
  console.log(`${name.padEnd(44)} ${String(last.status).padEnd(4)} ${ms.toFixed(1).padStart(8)} ms   client had sent ${last.sentMb.toFixed(1)} MB`);
  return ms;
}

console.log(`50 MB request body, median of ${ROUNDS} on this machine (status, time to the answer)`);
const baselineDeclared = await measure("baseline: read whole, then refuse (declared)", readWhole, false);
const baselineChunked = await measure("baseline: read whole, then refuse (chunked)", readWhole, true);
const guardDeclared = await measure("guard: Content-Length over the limit", guarded, false);
const guardChunked = await measure("guard: chunked, read up to the limit", guarded, true);
console.log(`declared: ${(baselineDeclared / guardDeclared).toFixed(0)}x faster than the baseline; chunked: ${(baselineChunked / guardChunked).toFixed(0)}x`);
