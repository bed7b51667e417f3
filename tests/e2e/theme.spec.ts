import { editorIn } from "./monaco";
import { expect, test } from "./offline-test";
import { shootBothWidths } from "./screenshots";

// Lesson pages carry many editors; on a busy machine they take a while to mount and shoot.
test.describe.configure({ timeout: 120_000 });

/** The computed background of <body>, as "rgb(r, g, b)". */
const bodyBackground = (page: import("@playwright/test").Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Relative luminance-ish test: a dark background has every channel below 64. */
const isDark = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).every((channel) => Number(channel) < 64);

test("the page follows the system's dark mode: prose, static code and editors", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/lessons/everything-is-an-object");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(isDark(await bodyBackground(page))).toBe(true);
  // Static code takes shiki's dark token colours.
  const staticCode = page.locator("figure[data-rehype-pretty-code-figure] pre").first();
  expect(isDark(await staticCode.evaluate((node) => getComputedStyle(node).backgroundColor))).toBe(true);
  // Monaco uses its dark theme.
  const editor = await editorIn(page.getByTestId("runnable-code").first());
  await expect(editor.locator(".monaco-editor")).toHaveClass(/vs-dark/);
  await shootBothWidths(page, "theme-dark-lesson");

  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(isDark(await bodyBackground(page))).toBe(false);
  await expect(editor.locator(".monaco-editor")).not.toHaveClass(/vs-dark/);
  await shootBothWidths(page, "theme-light-lesson");
});

test("a learner's choice of theme overrides the system and survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/exercises/collect-the-cycle");
  await page.getByRole("combobox", { name: "Colour theme" }).selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("combobox", { name: "Colour theme" })).toHaveValue("dark");
  const editor = await editorIn(page.getByTestId("exercise"));
  await expect(editor.locator(".monaco-editor")).toHaveClass(/vs-dark/);
  await shootBothWidths(page, "theme-dark-exercise");

  await page.getByRole("combobox", { name: "Colour theme" }).selectOption("system");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("an exercise's instructions wrap inside the editor instead of running past its right edge", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/exercises/count-the-references");
  const editor = await editorIn(page.getByTestId("exercise"));
  // Every rendered line ends inside the editor: long lines were wrapped, not cut off.
  const overflow = await editor.evaluate((node) => {
    const right = node.getBoundingClientRect().right;
    return [...node.querySelectorAll(".view-line > span")].map((line) => line.getBoundingClientRect().right - right).filter((past) => past > 1);
  });
  expect(overflow).toEqual([]);
  await expect(editor.locator(".view-lines")).toContainText("holders");
});
