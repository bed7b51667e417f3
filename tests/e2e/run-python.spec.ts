import path from "node:path";
import { editorIn, typeInto } from "./monaco";
import { expect, test } from "./offline-test";

const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");
// Loading CPython in the browser takes seconds, more on a busy CI machine.
const PYTHON_LOAD_MS = 90_000;

test.describe.configure({ timeout: 180_000 });

test("the playground runs real CPython in the browser, with a version picker", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/playground");
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  const editor = await editorIn(page.locator("main"));
  // The editor is usable while Python loads.
  await typeInto(page, editor, "import sys, gc\nx = []\nx.append(x)\ndel x\nprint(gc.collect() >= 1, sys.version_info[:2])\nprint(1/0)");
  const runner = page.getByTestId("code-runner");
  await runner.getByRole("button", { name: "Run" }).click();
  const output = runner.getByTestId("program-output");
  await expect(output.locator("pre")).toContainText("True (3, 14)", { timeout: PYTHON_LOAD_MS });
  await expect(output.locator("[data-stream=stderr]").last()).toContainText("ZeroDivisionError: division by zero");
  await expect(runner.getByTestId("run-summary")).toContainText("exit code 1");
  await page.screenshot({ path: path.join(SCREENSHOTS, "playground-run.png") });

  await runner.getByLabel("Python version").selectOption("3.11");
  await runner.getByRole("button", { name: "Run" }).click();
  await expect(output.locator("pre")).toContainText("True (3, 11)", { timeout: PYTHON_LOAD_MS });
});

test("Stop interrupts a running program and the next run works", async ({ page }) => {
  await page.goto("/playground");
  const editor = await editorIn(page.locator("main"));
  await typeInto(page, editor, "n = 0\nwhile True:\n    n += 1");
  const runner = page.getByTestId("code-runner");
  await expect(runner.getByRole("status")).toHaveCount(0, { timeout: PYTHON_LOAD_MS });
  await runner.getByRole("button", { name: "Run" }).click();
  await expect(runner.getByRole("button", { name: "Stop" })).toBeEnabled();
  await page.waitForTimeout(500);
  await runner.getByRole("button", { name: "Stop" }).click();
  await expect(runner.getByTestId("program-output").locator("[data-stream=stderr]").last()).toContainText("KeyboardInterrupt");
  await expect(runner.getByTestId("run-summary")).toContainText("stopped by you · exit code 130");

  await typeInto(page, editor, "print('fresh run')");
  await runner.getByRole("button", { name: "Run" }).click();
  // On a busy machine the interrupt may not answer within the grace period: the worker is then
  // replaced, and the next run waits for a new interpreter to load.
  await expect(runner.getByTestId("program-output").locator("pre")).toHaveText("fresh run", { timeout: PYTHON_LOAD_MS });
});

test("a lesson's editor runs its example", async ({ page }) => {
  await page.goto("/lessons/everything-is-an-object");
  const block = page.getByTestId("runnable-code").first();
  await editorIn(block);
  await block.getByRole("button", { name: "Run" }).click();
  const stdout = block.getByTestId("program-output").locator("pre");
  await expect(stdout).toContainText("<class 'list'>", { timeout: PYTHON_LOAD_MS });
  await expect(stdout).toContainText("True");
  await block.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "lesson-run.png") });
});

test("a long C-level operation is ended at the time limit by replacing the worker", async ({ page }) => {
  await page.goto("/playground");
  const editor = await editorIn(page.locator("main"));
  // A huge integer power is one C call that never checks for signals: only terminating the worker
  // ends it.
  await typeInto(page, editor, "x = 10 ** (10 ** 8)\nprint('done')");
  const runner = page.getByTestId("code-runner");
  await runner.getByLabel("Python version").selectOption("3.11");
  await expect(runner.getByRole("status")).toHaveCount(0, { timeout: PYTHON_LOAD_MS });
  await runner.getByRole("button", { name: "Run" }).click();
  const output = runner.getByTestId("program-output");
  await expect(output.locator("pre")).toContainText("TimeoutError: the program ran longer than 5 s (Heapwise's time limit)", { timeout: 30_000 });
  await expect(runner.getByTestId("run-summary")).toContainText("stopped at the time limit");

  await typeInto(page, editor, "print('after the replacement')");
  await runner.getByRole("button", { name: "Run" }).click();
  await expect(output.locator("pre")).toHaveText("after the replacement", { timeout: PYTHON_LOAD_MS });
});
