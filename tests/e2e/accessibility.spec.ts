import { seriousViolations } from "./axe";
import { sitePages } from "./content-on-disk";
import { editorIn } from "./monaco";
import { expect, test } from "./offline-test";

// Every page, in the light and the dark theme (chosen by the system, as a learner's browser would),
// once its editors have mounted: axe-core must find no serious or critical WCAG 2.1 AA violation.
for (const colorScheme of ["light", "dark"] as const) {
  for (const path of sitePages()) {
    test(`${path} in the ${colorScheme} theme has no serious accessibility violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      const editors = page.getByTestId("code-editor");
      if ((await editors.count()) > 0) await editorIn(editors.first());
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test("a lesson's output and an exercise's verdicts have no serious accessibility violation", async ({ page }) => {
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
  await editor.locator("textarea").focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText('print("from the keyboard")');
  // Monaco keeps Tab for indentation; Ctrl+M is its documented switch that makes Tab move focus on.
  await page.keyboard.press("Control+M");
  await page.keyboard.press("Tab");
  await expect(block.getByRole("button", { name: "Run" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(block.getByTestId("program-output")).toContainText("from the keyboard", { timeout: 60_000 });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(block.getByRole("combobox", { name: "Python version" })).toBeFocused();
});
