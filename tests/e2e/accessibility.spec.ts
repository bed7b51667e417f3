import { seriousViolations } from "./axe";
import { exercisesOnDisk, sitePages } from "./content-on-disk";
import { editorIn } from "./monaco";
import { expect, test } from "./offline-test";

// Every page, once its editors have mounted: axe-core must find no serious or critical WCAG 2.1 AA
// violation, in the light and the dark theme (chosen by the system, as a learner's browser would).
// Every exercise is embedded in its lesson (content/lessons/*.mdx), so the lessons check each
// exercise's prompt and controls in both themes; its page of its own adds only the page around it,
// checked on two exercises, one per theme (axe over all 29 in both themes cost CI minutes and found
// nothing more).
const exercisePages = exercisesOnDisk().map((id) => `/exercises/${id}`);
const standalone = new Set(exercisePages.slice(0, 2));
const themesOf = (path: string) => (!exercisePages.includes(path) ? ["light", "dark"] : path === exercisePages[0] ? ["light"] : ["dark"]) as ("light" | "dark")[];

for (const path of sitePages().filter((page) => !exercisePages.includes(page) || standalone.has(page))) {
  for (const colorScheme of themesOf(path)) {
    test(`${path} in the ${colorScheme} theme has no serious accessibility violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      // axe over a page of many editors takes a while on a busy machine.
      test.setTimeout(120_000);
      if (path !== "/") await expect(page.locator("[data-editor-ready='true']").first()).toBeVisible({ timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test("a lesson's output and an exercise's verdicts have no serious accessibility violation", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/lessons/everything-is-an-object");
  const block = page.getByTestId("runnable-code").first();
  await editorIn(block);
  await block.getByRole("button", { name: "Run" }).click();
  await expect(block.getByTestId("run-summary")).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/exercises/collect-the-cycle");
  const exercise = page.getByTestId("exercise");
  await editorIn(exercise);
  await exercise.getByRole("button", { name: "Check" }).click();
  await expect(exercise.getByTestId("grade-summary")).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test("every control of a lesson editor works from the keyboard alone", async ({ page }) => {
  await page.goto("/lessons/everything-is-an-object");
  const block = page.getByTestId("runnable-code").first();
  const editor = await editorIn(block);
  // Monaco 0.57 takes keyboard input through an EditContext element (role textbox), not its textarea.
  await editor.getByRole("textbox").first().focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText('print("from the keyboard")');
  // Monaco keeps Tab for indentation; Ctrl+M is its documented switch that makes Tab move focus on.
  await page.keyboard.press("Control+M");
  await page.keyboard.press("Tab");
  // The edit is kept, and a button offers the lesson's original code back.
  await expect(block.getByRole("button", { name: "Back to the original" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(block.getByRole("button", { name: "Run" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(block.getByTestId("program-output")).toContainText("from the keyboard", { timeout: 60_000 });
  // Run is disabled while the program runs: focus went to Stop and came back to Run.
  await expect(block.getByRole("button", { name: "Run" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(block.getByRole("combobox", { name: "Python version" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(block.getByRole("link", { name: /^Visualize/ })).toBeFocused();
  await page.keyboard.press("Tab");
  // The output panel scrolls from the keyboard too.
  await expect(block.getByRole("log", { name: "Program output" })).toBeFocused();
});
