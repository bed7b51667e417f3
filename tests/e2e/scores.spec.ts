import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator } from "@playwright/test";
import { runNativePython } from "../support/native-python";
import { seriousViolations } from "./axe";
import { editorIn, setEditorValue } from "./monaco";
import { expect, test } from "./offline-test";

/**
 * Scores that mean something, in the page: Check (a preview in the browser) and Submit (graded on
 * the server) of a program that does not run to its end show 0, why, and its traceback; a real
 * solution shows what it printed beside passing verdicts. What Python prints is taken from native
 * python3, never typed here.
 */
const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");
const ID = "collect-the-cycle";
const EXERCISE = path.join(process.cwd(), "content", "exercises", ID);
const read = (file: string) => fs.readFileSync(path.join(EXERCISE, file), "utf8");
const PYTHON_LOAD_MS = 90_000;
const CHECK_IDS = (JSON.parse(read("checks.json")) as { checks: { id: string }[] }).checks.map((check) => check.id);

test.describe.configure({ timeout: 240_000 });

/** stdout and the last line of stderr of `source` run by native python3 as main.py. */
function native(source: string): { stdout: string; lastError: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-scores-"));
  try {
    fs.writeFileSync(path.join(dir, "main.py"), source);
    const run = runNativePython("main.py", dir);
    return { stdout: run.stdout, lastError: run.stderr.trimEnd().split("\n").at(-1) ?? "" };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Clicks Check or Submit and waits for its grade (each test checks before it submits, so the summary's mode tells them apart). */
async function grade(exercise: Locator, button: "Check" | "Submit"): Promise<void> {
  await exercise.getByRole("button", { name: button, exact: true }).click();
  await expect(exercise.getByTestId("grade-summary")).toContainText(button === "Check" ? "preview" : "graded on the server", { timeout: PYTHON_LOAD_MS });
  await expect(exercise.getByRole("button", { name: button, exact: true })).toBeEnabled();
}

for (const [name, program] of [
  ["a SyntaxError", `${read("starter.py")}\nprint(True\n`],
  ["an uncaught exception", `print("before the error")\n${read("starter.py")}\nraise ValueError("not yet")\n`],
] as const) {
  test(`a program with ${name} scores 0 and shows its traceback, in Check and in Submit`, async ({ page }) => {
    const truth = native(program);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`/exercises/${ID}`);
    const exercise = page.getByTestId("exercise");
    await setEditorValue(await editorIn(exercise), program);
    for (const button of ["Check", "Submit"] as const) {
      await grade(exercise, button);
      await expect(exercise.getByTestId("grade-score")).toHaveText("Score: 0%");
      await expect(exercise.getByTestId("grade-stopped")).toContainText(truth.lastError.split(":")[0] ?? "Error");
      await expect(exercise.getByTestId("grade-stderr")).toContainText(truth.lastError);
      if (truth.stdout) await expect(exercise.getByTestId("grade-stdout")).toHaveText(truth.stdout.trimEnd());
      for (const id of CHECK_IDS) await expect(exercise.locator(`[data-check='${id}']`)).toHaveAttribute("data-state", "not-reached");
      await page.screenshot({ path: path.join(SCREENSHOTS, `scores-${name.replaceAll(" ", "-")}-${button.toLowerCase()}.png`), fullPage: true });
    }
  });
}

test("the reference solution shows what it printed beside passing verdicts, in Check and in Submit", async ({ page }) => {
  const solution = read("solution.py");
  const truth = native(solution);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`/exercises/${ID}`);
  const exercise = page.getByTestId("exercise");
  await setEditorValue(await editorIn(exercise), solution);
  for (const button of ["Check", "Submit"] as const) {
    await grade(exercise, button);
    await expect(exercise.getByTestId("grade-summary")).toContainText("All checks pass");
    await expect(exercise.getByTestId("grade-score")).toHaveText("Score: 100%");
    await expect(exercise.getByTestId("grade-stdout")).toHaveText(truth.stdout.trimEnd());
    await expect(exercise.getByTestId("grade-stopped")).toHaveCount(0);
    await expect(exercise.getByTestId("grade-stderr")).toHaveCount(0);
    for (const id of CHECK_IDS) await expect(exercise.locator(`[data-check='${id}']`)).toHaveAttribute("data-state", "passed");
  }
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOTS, "scores-solution-phone.png"), fullPage: true });
});

test("print(True) passes the output check, which is not counted without the collection it needs", async ({ page }) => {
  await page.goto(`/exercises/${ID}`);
  const exercise = page.getByTestId("exercise");
  await setEditorValue(await editorIn(exercise), "print(True)\n");
  await grade(exercise, "Submit");
  await expect(exercise.getByTestId("grade-score")).toHaveText("Score: 0%");
  await expect(exercise.locator("[data-check='reports']")).toHaveAttribute("data-state", "not-counted");
  await expect(exercise.locator("[data-check='reports']")).toContainText("not counted");
  // The not-counted rows are readable (contrast, labels).
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "scores-not-counted.png"), fullPage: true });
});
