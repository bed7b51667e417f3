import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Sqlite from "better-sqlite3";
import type { Locator, Page } from "@playwright/test";
import { editorIn, editorValue, setEditorValue, typeInto } from "./monaco";
import { expect, test } from "./offline-test";

/**
 * Work that is kept (drafts, attempts, lesson edits) and the server's edges (guests made only when
 * they save, same-origin JSON only, bounded bodies, unknown exercises), on the production build.
 */
const EXERCISE_ID = "collect-the-cycle";
const EXERCISE_URL = `/exercises/${EXERCISE_ID}`;
const STARTER = fs.readFileSync(path.join(process.cwd(), "content", "exercises", EXERCISE_ID, "starter.py"), "utf8");
const LESSON_URL = "/lessons/everything-is-an-object";
const GRADING_MS = 120_000;
const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");

test.describe.configure({ timeout: 240_000 });

/** The database the server under test writes (playwright.config.ts: file:./e2e.db), read as it is. */
function count(sql: string, ...params: unknown[]): number {
  const database = new Sqlite(path.join(process.cwd(), "e2e.db"), { readonly: true, fileMustExist: true });
  try {
    return (database.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    database.close();
  }
}

/** The editor in `container`, once Monaco has loaded: slow when the machine's cores are shared. */
async function editorOf(container: Locator): Promise<Locator> {
  await expect(container.locator("[data-editor-ready='true']")).toBeVisible({ timeout: 90_000 });
  return editorIn(container);
}

const marker = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/**
 * Waits until the server holds `code` as the draft. "Saved" on the page can belong to an earlier
 * save while the learner (a test typing slowly on a busy machine) is still typing, and the last
 * change may be sent only as the page unloads: a reload before the server stored it would render
 * the code of the save before.
 */
async function draftStored(page: Page, code: string) {
  await expect.poll(async () => ((await (await page.request.get(`/api/exercises/${EXERCISE_ID}/draft`)).json()) as { code?: string } | null)?.code, { timeout: 30_000 }).toBe(code);
}

async function openExercise(page: Page) {
  await page.goto(EXERCISE_URL);
  const exercise = page.getByTestId("exercise");
  return { exercise, editor: await editorOf(exercise) };
}

test("an exercise's code is saved as the learner types and is back after a reload, rendered by the server", async ({ page }) => {
  const { exercise, editor } = await openExercise(page);
  const code = `# ${marker("typed")}\nprint("kept")`;
  await typeInto(page, editor, code);
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved");
  await draftStored(page, code);

  await page.reload();
  expect(await editorValue(await editorOf(exercise))).toBe(code);
  // In the HTML itself, before any script runs: no flash of the starter code.
  const html = await (await page.request.get(EXERCISE_URL)).text();
  expect(html).toContain(code.split("\n")[0]);
});

test("attempts: two submissions listed newest first, kept across a reload, a click loads one's code (undoable)", async ({ page }) => {
  const { exercise, editor } = await openExercise(page);
  const first = `# ${marker("first")}\n${STARTER}`;
  const second = `# ${marker("second")}\nprint("second")\n`;
  for (const code of [first, second]) {
    await setEditorValue(editor, code);
    await exercise.getByRole("button", { name: "Submit" }).click();
    await expect(exercise.getByTestId("grade-summary")).toContainText("graded on the server", { timeout: GRADING_MS });
    await expect(exercise.getByRole("button", { name: "Submit" })).toBeEnabled();
  }
  const attempts = exercise.getByTestId("attempts");
  await expect(attempts.locator("summary")).toContainText("(2)");
  await draftStored(page, second);

  await page.reload();
  await attempts.locator("summary").click();
  const rows = attempts.getByTestId("attempt");
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    await expect(row).toContainText("Python 3.");
    await expect(row).toContainText(/checks pass|not graded/);
  }
  await exercise.screenshot({ path: path.join(SCREENSHOTS, "kept-attempts-desktop.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await exercise.screenshot({ path: path.join(SCREENSHOTS, "kept-attempts-phone.png") });
  await page.setViewportSize({ width: 1280, height: 900 });

  const reloaded = await editorOf(exercise);
  expect(await editorValue(reloaded)).toBe(second);
  await rows.nth(1).click();
  expect(await editorValue(reloaded)).toBe(first);
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved");
  // What this part adds to the page (attempts, save status, Undo) meets WCAG 2.1 AA, in both themes.
  for (const theme of ["light", "dark"]) {
    await page.evaluate((name) => document.documentElement.setAttribute("data-theme", name), theme);
    const { violations } = await new AxeBuilder({ page })
      .include("[data-testid='attempts']")
      .include("[data-testid='save-status']")
      .include("[data-testid='exercise'] [role='status']")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((violation) => `${theme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }
  await exercise.getByRole("button", { name: "Undo" }).click();
  expect(await editorValue(reloaded)).toBe(second);
});

test("Reset to starter puts the starter back, forgets the draft, and can be undone", async ({ page }) => {
  const { exercise, editor } = await openExercise(page);
  const code = `# ${marker("reset")}\nx = 1`;
  await typeInto(page, editor, code);
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved");

  await exercise.getByRole("button", { name: "Reset to starter" }).click();
  expect(await editorValue(editor)).toBe(STARTER);
  await exercise.screenshot({ path: path.join(SCREENSHOTS, "kept-reset-undo.png") });
  await expect(exercise.getByRole("button", { name: "Reset to starter" })).toBeDisabled();
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved");
  expect(await (await page.request.get(`/api/exercises/${EXERCISE_ID}/draft`)).json()).toBeNull();

  await exercise.getByRole("button", { name: "Undo" }).click();
  expect(await editorValue(editor)).toBe(code);
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved");
  await page.reload();
  expect(await editorValue(await editorOf(exercise))).toBe(code);

  await exercise.getByRole("button", { name: "Reset to starter" }).click();
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved");
  await page.reload();
  expect(await editorValue(await editorOf(exercise))).toBe(STARTER);
});

test("a lesson editor's edit survives a reload, and 'Back to the original' restores the lesson's code", async ({ page }) => {
  await page.goto(LESSON_URL);
  const block = page.getByTestId("runnable-code").first();
  const editor = await editorOf(block);
  const original = await editorValue(editor);
  const code = `# ${marker("lesson")}\nprint(42)`;
  await typeInto(page, editor, code);
  await expect(block.getByRole("button", { name: "Back to the original" })).toBeVisible();
  await block.screenshot({ path: path.join(SCREENSHOTS, "kept-lesson-editor.png") });
  await expect.poll(() => page.evaluate((text) => Object.values(localStorage).includes(text), code)).toBe(true);

  await page.reload();
  const reloaded = await editorOf(page.getByTestId("runnable-code").first());
  await expect.poll(() => editorValue(reloaded)).toBe(code);
  // Only that editor: the next one still shows its own code.
  expect(await editorValue(await editorOf(page.getByTestId("runnable-code").nth(1)))).not.toBe(code);

  await page.getByTestId("runnable-code").first().getByRole("button", { name: "Back to the original" }).click();
  expect(await editorValue(reloaded)).toBe(original);
  await page.reload();
  const again = await editorOf(page.getByTestId("runnable-code").first());
  expect(await editorValue(again)).toBe(original);
  await expect(page.getByRole("button", { name: "Back to the original" })).toHaveCount(0);
});

test("requests without a cookie make no user: pages and GETs read, only a save or a submission makes a guest", async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const users = () => count('SELECT COUNT(*) AS n FROM "User"');
  const before = users();
  const paths = ["/", EXERCISE_URL, LESSON_URL, `/api/exercises/${EXERCISE_ID}/submissions`, `/api/exercises/${EXERCISE_ID}/draft`];
  for (let index = 0; index < 10; index++) {
    // A new context each time: no cookie is ever carried over.
    const fresh = await playwright.request.newContext({ baseURL });
    const response = await fresh.get(paths[index % paths.length] ?? "/");
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    await fresh.dispose();
  }
  expect(users()).toBe(before);

  const saved = await visitor.put(`/api/exercises/${EXERCISE_ID}/draft`, { data: { code: `# ${marker("guest")}\n` } });
  expect(saved.status()).toBe(200);
  expect(saved.headers()["set-cookie"]).toMatch(/heapwise_learner=.*HttpOnly/i);
  expect(users()).toBeGreaterThan(before);
  await visitor.dispose();
});

test("a cross-site POST is refused, whether it says so or a browser on another site sends it", async ({ page, baseURL }) => {
  const code = `# ${marker("cross-site")}\nprint(1)`;
  const submissionsWith = () => count('SELECT COUNT(*) AS n FROM "Submission" WHERE code LIKE ?', `%${code.split("\n")[0]}%`);
  const url = `/api/exercises/${EXERCISE_ID}/submissions`;

  const foreign = await page.request.post(url, { headers: { origin: "https://evil.example", "content-type": "text/plain" }, data: JSON.stringify({ code }) });
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: string }).error).toMatch(/Origin/);
  const plain = await page.request.post(url, { headers: { "content-type": "text/plain" }, data: JSON.stringify({ code }) });
  expect(plain.status()).toBe(415);
  const draft = await page.request.put(`/api/exercises/${EXERCISE_ID}/draft`, { headers: { "sec-fetch-site": "cross-site" }, data: { code } });
  expect(draft.status()).toBe(403);

  // A real browser on another site: localhost and 127.0.0.1 are different sites to Chromium. The
  // classic forgery: a form posting text/plain whose field name and value join into JSON.
  const target = new URL(url, baseURL).toString();
  const otherSite = target.replace("127.0.0.1", "localhost").replace(url, "/");
  await page.goto(otherSite);
  const answered = page.waitForResponse((response) => response.url() === target && response.request().method() === "POST");
  await page.evaluate(
    ({ target, code }) => {
      const form = document.createElement("form");
      Object.assign(form, { method: "POST", action: target, enctype: "text/plain" });
      const field = Object.assign(document.createElement("input"), { type: "hidden", name: `{"code":${JSON.stringify(code)},"x":"`, value: '"}' });
      form.append(field);
      document.body.append(form);
      form.submit();
    },
    { target, code },
  );
  const response = await answered;
  expect(await response.request().headerValue("sec-fetch-site")).toBe("cross-site");
  expect(response.status()).toBe(403);
  expect(submissionsWith()).toBe(0);
});

test("an oversized body is refused with 413 before it is read, declared or chunked", async ({ page, baseURL }) => {
  const url = `/api/exercises/${EXERCISE_ID}/submissions`;
  const body = Buffer.alloc(50 * 1024 * 1024, 0x20);
  const started = performance.now();
  const declared = await page.request.post(url, { headers: { "content-type": "application/json" }, data: body });
  const elapsed = performance.now() - started;
  expect(declared.status()).toBe(413);
  expect(((await declared.json()) as { error: string }).error).toMatch(/larger than/);
  console.log(`50 MB declared body: 413 after ${elapsed.toFixed(0)} ms (client send included)`);

  // Chunked: no Content-Length, so the server can only count what it reads. The response must come
  // while the client is still sending, after about the limit.
  const { status, sentBytes } = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
    const request = http.request(new URL(url, baseURL), { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } });
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sentBytes < 50 * 1024 * 1024) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    request.on("response", (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBytes });
      request.destroy();
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    pump();
  });
  expect(status).toBe(413);
  console.log(`chunked body: 413 after the client had sent ${(sentBytes / 1024 / 1024).toFixed(1)} MB`);
  expect(sentBytes).toBeLessThan(50 * 1024 * 1024);
});

test("an unknown exercise answers 404, for its submissions and its draft alike", async ({ page }) => {
  for (const route of ["submissions", "draft"]) {
    const response = await page.request.get(`/api/exercises/no-such-exercise/${route}`);
    expect(response.status()).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/no exercise 'no-such-exercise'/);
  }
  expect((await page.request.put("/api/exercises/no-such-exercise/draft", { data: { code: "x = 1" } })).status()).toBe(404);
  expect((await page.request.delete("/api/exercises/no-such-exercise/draft")).status()).toBe(404);
});
