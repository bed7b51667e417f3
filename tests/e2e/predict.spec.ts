import path from "node:path";
import { seriousViolations } from "./axe";
import { editorIn, editorValue } from "./monaco";
import { expect, test } from "./offline-test";
import { PREDICT_BLOCK_ID, PREDICT_LESSON_URL, PREDICT_RUN_MS, predictAndRun, predictBlock } from "./predict-block";
import { DESKTOP, PHONE, SCREENSHOTS } from "./screenshots";

/**
 * Predict, then run (lesson 1's ```python predict id=slice-copy-identity block) and the lesson's frame:
 * summary, "In this lesson", previous/next links. A fresh browser context per test is a new guest.
 */
const LESSON_URL = PREDICT_LESSON_URL;
const BLOCK_ID = PREDICT_BLOCK_ID;
const RUN_MS = PREDICT_RUN_MS;

test.describe.configure({ timeout: 240_000 });

test("Run waits for a prediction; the verdict is CPython's last line; the prediction is kept across a reload", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(LESSON_URL);
  const block = predictBlock(page);
  await expect(block.getByRole("group", { name: "b = a[:] makes b from a. What does the last line print?" })).toBeVisible();
  // The code is shown read-only, in the same editor as every other block.
  const editor = await editorIn(block);
  expect(await editorValue(editor)).toBe("a = [1, 2, 3]\nb = a[:]\nprint(b == a)\nprint(b is a)");
  await editor.locator(".view-lines").click();
  await page.keyboard.insertText("x = 1\n");
  expect(await editorValue(editor)).toBe("a = [1, 2, 3]\nb = a[:]\nprint(b == a)\nprint(b is a)");

  // Nothing runs before a prediction is locked in.
  const run = block.getByRole("button", { name: "Run" });
  await expect(run).toBeDisabled();
  await expect(run).toHaveAccessibleDescription("Lock in a prediction to run the code.");
  await expect(block.getByRole("button", { name: "Lock in my prediction" })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);

  const verdict = await predictAndRun(page, block, "True");
  await expect(verdict).toHaveText("✗ CPython 3.14 printed False — your prediction True was wrong.");
  await expect(verdict).toHaveAttribute("data-correct", "false");
  await expect(block.getByTestId("run-summary")).toContainText("finished · exit code 0");
  // The choices are locked with the prediction.
  await expect(block.getByRole("radio", { name: "False" })).toBeDisabled();

  await block.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "predict-wrong.png") });
  // The locked choices, the verdict and the note beside Run read well in both themes.
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "predict-wrong-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });

  // Another version's run shows its verdict, but the locked-in prediction is stored only once.
  await block.getByRole("combobox", { name: "Python version" }).selectOption("3.12");
  await run.click();
  await expect(verdict).toHaveText("✗ CPython 3.12 printed False — your prediction True was wrong.", { timeout: RUN_MS });

  await page.reload();
  const kept = predictBlock(page);
  await expect(kept.getByTestId("predict-verdict")).toHaveText(
    "✗ CPython 3.14 printed False — your prediction True was wrong. (Your last answer, kept from your previous visit.)",
  );
  await expect(kept.getByRole("radio", { name: "True" })).toBeChecked();
  await expect(kept.getByRole("button", { name: "Run" })).toBeEnabled();

  // A new prediction, right this time, is stored as the newest.
  await kept.getByRole("button", { name: "Change it" }).click();
  await expect(kept.getByRole("button", { name: "Run" })).toBeDisabled();
  await expect(kept.getByTestId("predict-verdict")).toHaveCount(0);
  const right = await predictAndRun(page, kept, "False");
  await expect(right).toHaveText("✓ CPython 3.14 printed False — your prediction False was right.");
  await expect(right).toHaveAttribute("data-correct", "true");

  const stored = (await (await page.request.get(`/api/predictions/${BLOCK_ID}`)).json()) as { predicted: string; actual: string; correct: boolean; python: string }[];
  expect(stored.map(({ predicted, actual, correct, python }) => ({ predicted, actual, correct, python }))).toEqual([
    { predicted: "False", actual: "False", correct: true, python: "3.14" },
    { predicted: "True", actual: "False", correct: false, python: "3.14" },
  ]);

  await page.reload();
  await expect(predictBlock(page).getByTestId("predict-verdict")).toContainText("your prediction False was right.");
  await predictBlock(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "predict-right.png") });
  await page.setViewportSize(PHONE);
  await predictBlock(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "predict-right-phone.png") });
});

test("a lesson opens with its summary and a table of contents, and ends with links to its neighbours", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(LESSON_URL);
  const lesson = page.locator("article.lesson");
  await expect(lesson.locator(".lesson-summary")).toContainText("Numbers, strings, functions, classes and modules are all objects");

  const contents = page.getByRole("navigation", { name: "In this lesson" });
  const entries = contents.getByRole("link");
  const headings = lesson.locator("h2[id]");
  const expected = await headings.evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent?.trim(), href: `#${node.id}` })));
  expect(expected.length).toBeGreaterThan(3);
  expect(await entries.evaluateAll((links) => links.map((link) => ({ text: link.textContent?.trim(), href: link.getAttribute("href") })))).toEqual(expected);

  // A section link scrolls to its heading.
  await contents.getByRole("link", { name: "Summary" }).click();
  await expect(page).toHaveURL(/#summary$/);
  await expect(page.locator("h2#summary")).toBeInViewport();

  const neighbours = page.getByRole("navigation", { name: "Lesson navigation" });
  await expect(neighbours.getByRole("link")).not.toHaveCount(0);
  for (const link of await neighbours.getByRole("link").all()) {
    const href = await link.getAttribute("href");
    expect((await page.request.get(href ?? "")).status(), `${href} is a page`).toBe(200);
  }
  await page.goto(LESSON_URL);
  await page.screenshot({ path: path.join(SCREENSHOTS, "lesson-intro.png") });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(SCREENSHOTS, "lesson-intro-phone.png") });
  // The header fits a phone: its last control (the theme picker) ends inside the window.
  const picker = await page.locator(".theme-toggle select").boundingBox();
  expect((picker?.x ?? Infinity) + (picker?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  await neighbours.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "lesson-nav-phone.png") });
});
