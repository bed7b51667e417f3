/**
 * `npm run bench:browser [-- --url http://127.0.0.1:3000] [--rounds 3]`: how fast Python is ready in
 * a real browser (Chromium through Playwright) against a production server, each figure next to a
 * baseline measured in the same run. Without --url it starts `next start` on a free port itself
 * (after `npm run build`).
 *
 * Every round uses a new browser profile, so "cold" means nothing stored: no HTTP cache, no compiled
 * WebAssembly, no snapshot. Times are from the navigation's start (the page's performance.now()),
 * read in the page when the runner's data-engine-state / output changed (MutationObserver).
 *
 * 1. Ready on a lesson page, cold (baseline) / another page in the same tab / a new tab (both warm:
 *    the snapshot restored from IndexedDB).
 * 2. Output of a Run clicked as soon as the page is interactive, cold (baseline) and warm.
 * 3. Switching the playground to 3.11, first time (baseline), and back to 3.14 (kept interpreter);
 *    3.11 cold against 3.11 with its files and compiled code cached (3.11 cannot snapshot).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, type Page, chromium } from "@playwright/test";
import { startServer } from "./bench-support/app-processes";
import { median } from "./bench-support/statistics";

const root = path.resolve(import.meta.dirname, "..");
const LESSON = "/lessons/everything-is-an-object";
const PLAYGROUND = "/playground";
const TIMEOUT_MS = 300_000;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const row = (label: string, values: number[], baseline?: number) => {
  const value = median(values);
  const ratio = baseline === undefined ? "(baseline)" : `${(baseline / value).toFixed(1)}x faster than baseline`;
  console.log(`${label.padEnd(58)} ${`${value.toFixed(0)} ms`.padStart(9)}  ${ratio}   [${values.map((v) => v.toFixed(0)).join(", ")}]`);
};

/**
 * Injected into every page: the times (performance.now(), from the navigation's start) at which the
 * first runner became ready, how it started, and when its output first had text. A string, not a
 * function: tsx would put its own helpers into a function's source, which the page does not have.
 */
const RECORD_MARKS = `(() => {
  const marks = {};
  window.__engineMarks = marks;
  new MutationObserver(() => {
    const runner = document.querySelector("[data-testid=code-runner][data-engine-state=ready]");
    if (runner && marks.ready === undefined) {
      marks.ready = performance.now();
      marks.start = runner.getAttribute("data-engine-start") || "";
    }
    const output = document.querySelector("[data-testid=program-output] pre");
    if (output && output.textContent && marks.output === undefined) marks.output = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

type Marks = { ready?: number; start?: string; output?: number };
const marksOf = (page: Page) => page.evaluate(() => (window as unknown as { __engineMarks: Marks }).__engineMarks);

async function readyTime(page: Page, expectedStart?: string): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __engineMarks: Marks }).__engineMarks.ready !== undefined, null, { timeout: TIMEOUT_MS });
  const marks = await marksOf(page);
  if (expectedStart && marks.start !== expectedStart) throw new Error(`expected a ${expectedStart} start, got ${marks.start}`);
  return marks.ready ?? Number.NaN;
}

/** Clicks the first Run as soon as the page is hydrated (the runner has started loading Python). */
async function firstOutputTime(page: Page): Promise<number> {
  const runner = page.getByTestId("code-runner").first();
  await page.locator("[data-testid=code-runner][data-engine-state]:not([data-engine-state=idle])").first().waitFor({ timeout: TIMEOUT_MS });
  await runner.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => (window as unknown as { __engineMarks: Marks }).__engineMarks.output !== undefined, null, { timeout: TIMEOUT_MS });
  return (await marksOf(page)).output ?? Number.NaN;
}

async function newProfile(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-bench-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
  });
  await context.addInitScript({ content: RECORD_MARKS });
  return {
    context,
    dispose: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the worker has stored its snapshot (after "ready"), so that the next page can use it. */
async function snapshotStored(page: Page, python: string): Promise<void> {
  await page.waitForFunction(
    (key) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open("heapwise-engine");
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("snapshots")) return resolve(false);
          const request = db.transaction("snapshots").objectStore("snapshots").get(key);
          request.onsuccess = () => resolve(request.result !== undefined);
          request.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
    python,
    { timeout: TIMEOUT_MS, polling: 250 },
  );
}

/**
 * Picks a version in the first runner and returns the time from the select's change event to that
 * runner showing the version ready, both read in the page.
 */
async function selectVersion(page: Page, python: string): Promise<number> {
  await page.evaluate((version) => {
    const runner = document.querySelector("[data-testid=code-runner]");
    const select = runner?.querySelector("select");
    if (!runner || !select) throw new Error("no runner");
    const timing = { changed: 0, ready: 0 };
    (window as unknown as { __switch: typeof timing }).__switch = timing;
    select.addEventListener("change", () => (timing.changed = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (timing.changed && select.value === version && runner.getAttribute("data-engine-state") === "ready") {
        timing.ready = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(runner, { subtree: true, attributes: true, childList: true });
  }, python);
  await page.getByTestId("code-runner").first().getByLabel("Python version").selectOption(python);
  // Switching back to a kept interpreter changes no attribute of the runner: it is ready at once.
  await page.evaluate(() => {
    const timing = (window as unknown as { __switch: { changed: number; ready: number } }).__switch;
    const runner = document.querySelector("[data-testid=code-runner]");
    if (!timing.ready && runner?.getAttribute("data-engine-state") === "ready") timing.ready = performance.now();
  });
  await page.waitForFunction(() => (window as unknown as { __switch: { ready: number } }).__switch.ready > 0, null, { timeout: TIMEOUT_MS });
  return page.evaluate(() => {
    const timing = (window as unknown as { __switch: { changed: number; ready: number } }).__switch;
    return timing.ready - timing.changed;
  });
}

const rounds = Number(argument("rounds") ?? 3);
const given = argument("url");
const started = given ? null : await startServer(root);
const baseUrl = given ?? started?.url ?? "";
console.log(`Heapwise in Chromium against ${baseUrl}, ${rounds} rounds, each on a new browser profile; medians [each round].`);

const results = {
  coldReady: [] as number[],
  secondPageReady: [] as number[],
  newTabReady: [] as number[],
  coldOutput: [] as number[],
  warmOutput: [] as number[],
  switchTo311: [] as number[],
  switchBack: [] as number[],
  warm311: [] as number[],
};

try {
  for (let round = 0; round < rounds; round++) {
    // 1 and 2, cold: the first visit of a lesson, a Run clicked as soon as possible.
    {
      const { context, dispose } = await newProfile();
      const page = await context.newPage();
      await page.goto(`${baseUrl}${LESSON}`);
      results.coldOutput.push(await firstOutputTime(page));
      results.coldReady.push(await readyTime(page, "fresh"));
      await snapshotStored(page, "3.14");
      // Another page in the same tab: a new document, so a new worker.
      await page.goto(`${baseUrl}${PLAYGROUND}`);
      results.secondPageReady.push(await readyTime(page, "snapshot"));
      const tab = await context.newPage();
      await tab.goto(`${baseUrl}${PLAYGROUND}`);
      results.newTabReady.push(await readyTime(tab, "snapshot"));
      const again = await context.newPage();
      await again.goto(`${baseUrl}${LESSON}`);
      results.warmOutput.push(await firstOutputTime(again));
      await dispose();
    }
    // 3: version switch in the playground, on a profile that has 3.14 stored.
    {
      const { context, dispose } = await newProfile();
      const page = await context.newPage();
      await page.goto(`${baseUrl}${PLAYGROUND}`);
      await readyTime(page);
      results.switchTo311.push(await selectVersion(page, "3.11"));
      results.switchBack.push(await selectVersion(page, "3.14"));
      // 3.11 again in a new tab: its files and compiled WebAssembly come from the browser's caches.
      const tab = await context.newPage();
      await tab.goto(`${baseUrl}${PLAYGROUND}`);
      await readyTime(tab);
      results.warm311.push(await selectVersion(tab, "3.11"));
      await dispose();
    }
  }
  console.log("");
  row("1. ready, first visit of a lesson (cold)", results.coldReady);
  row("   ready, another page in the same tab (snapshot)", results.secondPageReady, median(results.coldReady));
  row("   ready, playground in a new tab (snapshot)", results.newTabReady, median(results.coldReady));
  row("2. output of a Run clicked while loading, first visit", results.coldOutput);
  row("   the same in a new tab (snapshot)", results.warmOutput, median(results.coldOutput));
  row("3. switch to 3.11, first time (cold)", results.switchTo311);
  row("   switch back to 3.14 (interpreter kept)", results.switchBack, median(results.switchTo311));
  row("   switch to 3.11 in a new tab (files + compiled wasm cached)", results.warm311, median(results.switchTo311));
} finally {
  await started?.kill();
}
