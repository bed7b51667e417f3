import { test as base, expect } from "@playwright/test";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Every end-to-end test fails if the page asked for anything beyond loopback: Heapwise must run with
 * no network, so a CDN script, a web font or a telemetry beacon is a bug even when the page still works.
 */
export const test = base.extend<{ offlineGuard: undefined }>({
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith("http") && !LOOPBACK_HOSTS.has(url.hostname)) outside.push(request.url());
        if (url.protocol.startsWith("ws") && !LOOPBACK_HOSTS.has(url.hostname)) outside.push(request.url());
      });
      await use(undefined);
      expect(outside, "requests to hosts other than localhost").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
