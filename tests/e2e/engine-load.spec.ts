import type { Locator, Page } from "@playwright/test";
import { editorIn, setEditorValue } from "./monaco";
import { expect, test } from "./offline-test";

// Loading CPython in the browser takes seconds, more on a busy CI machine.
const PYTHON_LOAD_MS = 90_000;
const IMMUTABLE = "public, max-age=31536000, immutable";

test.describe.configure({ timeout: 240_000 });

/** A program whose output depends on the interpreter's whole state: the collector, refcounts, the sandbox. */
const PROBE_PROGRAM = [
  "import gc, sys",
  "x = []; x.append(x); del x",
  "print(gc.collect(), gc.get_count(), len(sys.modules), sys.version)",
  "import memory_profiler",
  "print(memory_profiler.__name__)",
  "import js",
].join("\n");

async function assetPath(page: Page, python: string): Promise<string> {
  const html = await (await page.request.get("/playground")).text();
  const match = html.match(new RegExp(`/engine-assets/${python.replace(".", "\\.")}/[0-9a-f]{16}`));
  if (!match) throw new Error(`no asset path for ${python} in the page`);
  return match[0];
}

/** Waits for the runner to be ready and returns how its Python started ("snapshot" or "fresh"). */
async function started(runner: Locator): Promise<string | null> {
  await expect(runner).toHaveAttribute("data-engine-state", "ready", { timeout: PYTHON_LOAD_MS });
  return runner.getAttribute("data-engine-start");
}

async function runProgram(page: Page, scope: Locator, program: string): Promise<{ stdout: string; stderr: string }> {
  const editor = await editorIn(scope);
  await setEditorValue(editor, program);
  const runner = scope.getByTestId("code-runner").first();
  await runner.getByRole("button", { name: "Run" }).click();
  const output = runner.getByTestId("program-output");
  await expect(runner.getByTestId("run-summary")).toBeVisible({ timeout: PYTHON_LOAD_MS });
  const text = (stream: string) => output.locator(`[data-stream=${stream}]`).allTextContents().then((parts) => parts.join(""));
  return { stdout: await text("stdout"), stderr: await text("stderr") };
}

type StoredRecord = { assetsUrl: string; sha256: string; bytes: Uint8Array };
/** A stored record as the test sees it: `bytesDigest` is computed from the bytes actually stored. */
type StoredSummary = { assetsUrl: string; sha256: string; bytesDigest: string };

/** Reads or rewrites the stored snapshot of a version in the page's IndexedDB (engine/browser/snapshot-store.ts). */
async function withStoredSnapshot(page: Page, python: string, change: "read" | "flip-bytes" | "garbage-with-valid-digest" | "other-build"): Promise<StoredSummary | null> {
  return page.evaluate(
    async ({ key, how }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("heapwise-engine");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (!db.objectStoreNames.contains("snapshots")) return null;
      const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
      const hex = async (bytes: Uint8Array<ArrayBuffer>) => Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)), (byte) => byte.toString(16).padStart(2, "0")).join("");
      const record = await request<StoredRecord | undefined>(db.transaction("snapshots").objectStore("snapshots").get(key));
      if (!record) return null;
      if (how === "read") return { assetsUrl: record.assetsUrl, sha256: record.sha256, bytesDigest: await hex(new Uint8Array(record.bytes)) };
      const bytes = new Uint8Array(record.bytes);
      if (how === "flip-bytes") {
        for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 4096; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      } else if (how === "garbage-with-valid-digest") {
        for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i * 7) & 0xff;
        bytes.set([1, 2, 3, 4, 5, 6, 7, 8], 0);
        record.sha256 = await hex(bytes);
      } else {
        record.assetsUrl = record.assetsUrl.replace(/[0-9a-f]{16}$/, "0000000000000000");
      }
      await request(db.transaction("snapshots", "readwrite").objectStore("snapshots").put({ ...record, bytes }, key));
      return { assetsUrl: record.assetsUrl, sha256: record.sha256, bytesDigest: await hex(bytes) };
    },
    { key: python, how: change },
  );
}

async function snapshotStored(page: Page, python: string): Promise<StoredSummary> {
  await expect.poll(() => withStoredSnapshot(page, python, "read"), { timeout: PYTHON_LOAD_MS }).not.toBeNull();
  const record = await withStoredSnapshot(page, python, "read");
  if (!record) throw new Error("no snapshot");
  return record;
}

test("engine assets are served under a content-hashed path with immutable caching; unknown names are 404", async ({ page }) => {
  const path314 = await assetPath(page, "3.14");
  const path311 = await assetPath(page, "3.11");
  expect(path311.split("/").at(-1)).not.toBe(path314.split("/").at(-1));
  for (const [file, type] of [
    ["pyodide.mjs", "text/javascript"],
    ["pyodide.asm.wasm", "application/wasm"],
    ["python_stdlib.zip", "application/zip"],
    ["engine-worker.mjs", "text/javascript"],
    ["python-files.json", "application/json"],
  ] as const) {
    const response = await page.request.get(`${path314}/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()["cache-control"], file).toBe(IMMUTABLE);
    expect(response.headers()["content-type"], file).toContain(type);
  }
  const unknown = [
    "/engine-assets/3.14/constructor",
    "/engine-assets/3.14/__proto__",
    "/engine-assets/3.14/toString",
    `${path314}/constructor`,
    `${path314}/__proto__`,
    `${path314}/toString`,
    `${path314}/hasOwnProperty`,
    `${path314}/package.json`,
    // 3.14's pyodide.asm.mjs does not exist in 3.11's release.
    `${path311}/pyodide.asm.mjs`,
    // An old build's URL never gets the new files under a year-long cache.
    "/engine-assets/3.14/0000000000000000/pyodide.mjs",
    `/engine-assets/constructor/${path314.split("/").at(-1)}/pyodide.mjs`,
  ];
  for (const url of unknown) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).not.toMatch(/TypeError|\n\s+at /);
  }
});

test("a second page and a new tab start Python from the snapshot stored by the first, and it runs like a fresh one", async ({ page, context }) => {
  await page.goto("/playground");
  const main = page.locator("main");
  expect(await started(main.getByTestId("code-runner"))).toBe("fresh");
  const fresh = await runProgram(page, main, PROBE_PROGRAM);
  expect(fresh.stderr).toContain("ImportError: module 'js' is not available");
  const record = await snapshotStored(page, "3.14");
  expect(record.assetsUrl).toContain(await assetPath(page, "3.14"));

  // Another page in the same tab: a new document and a new worker.
  await page.goto("/playground");
  expect(await started(main.getByTestId("code-runner"))).toBe("snapshot");
  expect(await runProgram(page, main, PROBE_PROGRAM)).toEqual(fresh);

  const tab = await context.newPage();
  await tab.goto("/playground");
  expect(await started(tab.locator("main").getByTestId("code-runner"))).toBe("snapshot");
  expect(await runProgram(tab, tab.locator("main"), PROBE_PROGRAM)).toEqual(fresh);
});

for (const damage of ["flip-bytes", "garbage-with-valid-digest", "other-build"] as const) {
  test(`a stored snapshot that is unusable (${damage}) falls back to a normal load and is replaced`, async ({ page }) => {
    await page.goto("/playground");
    const main = page.locator("main");
    const runner = main.getByTestId("code-runner");
    expect(await started(runner)).toBe("fresh");
    const expected = await runProgram(page, main, PROBE_PROGRAM);
    const good = await snapshotStored(page, "3.14");
    expect(good.bytesDigest).toBe(good.sha256);
    const damaged = await withStoredSnapshot(page, "3.14", damage);
    expect(damaged).not.toBeNull();
    expect(damaged).not.toEqual(good);

    await page.reload();
    expect(await started(runner)).toBe("fresh");
    expect(await runProgram(page, main, PROBE_PROGRAM)).toEqual(expected);
    // The fresh load stored a new snapshot (snapshots are not byte-identical: a new digest), which the next page uses.
    await expect
      .poll(async () => {
        const stored = await withStoredSnapshot(page, "3.14", "read");
        return stored !== null && stored.sha256 !== damaged?.sha256 && stored.bytesDigest === stored.sha256 && stored.assetsUrl === good.assetsUrl;
      }, { timeout: PYTHON_LOAD_MS })
      .toBe(true);
    await page.reload();
    expect(await started(runner)).toBe("snapshot");
    expect(await runProgram(page, main, PROBE_PROGRAM)).toEqual(expected);
  });
}

test("switching Python version shows progress and keeps the other version's interpreter: switching back is immediate", async ({ page }) => {
  await page.goto("/playground");
  const main = page.locator("main");
  const runner = main.getByTestId("code-runner");
  await started(runner);
  const picker = runner.getByLabel("Python version");

  await picker.selectOption("3.11");
  await expect(runner.getByRole("status")).toContainText("Python 3.11");
  expect(await started(runner)).toBe("fresh");
  const on311 = await runProgram(page, main, "import sys; print(sys.version_info[:2])");

  // From here on, record every state the runner passes through.
  await runner.evaluate((node) => {
    const seen: string[] = [];
    (window as unknown as { __states: string[] }).__states = seen;
    new MutationObserver(() => seen.push(node.getAttribute("data-engine-state") ?? "")).observe(node, { attributes: true, subtree: true });
  });
  await picker.selectOption("3.14");
  await expect(runner).toHaveAttribute("data-engine-state", "ready");
  const on314 = await runProgram(page, main, "import sys; print(sys.version_info[:2])");
  expect(on314.stdout).not.toBe(on311.stdout);
  await picker.selectOption("3.11");
  await expect(runner).toHaveAttribute("data-engine-state", "ready");
  expect(await runProgram(page, main, "import sys; print(sys.version_info[:2])")).toEqual(on311);
  const states = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
  expect(states.filter((state) => state !== "ready")).toEqual([]);
  await expect(runner.getByRole("status")).toHaveCount(0);
});
