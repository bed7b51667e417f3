import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { editorIn, editorValue } from "./monaco";
import { expect, test } from "./offline-test";
import { DESKTOP, PHONE, SCREENSHOTS } from "./screenshots";
import { visualizeHref } from "@/app/_components/visualizer/share-link";
import type { PythonVersion } from "@/engine/protocol";

// The visualizer on real CPython in Chromium. Expected figures come from the program itself: it
// prints what CPython reports (refcounts before the names are dropped, what gc.collect() found), and
// the page must show the same.
const CYCLE = `import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
# Each Node's refcount once its name is gone: one reference from the other Node.
print("after del:", sys.getrefcount(a) - 2, sys.getrefcount(b) - 2)
del a, b
found = gc.collect()
print("collected:", found)
`;

async function openVisualizer(page: Page, source: string, python: PythonVersion = "3.14"): Promise<Locator> {
  await page.goto(visualizeHref(source, python));
  const view = page.locator("[data-run-state]");
  await expect(view).toHaveAttribute("data-run-state", "done", { timeout: 90_000 });
  return view;
}

/** Steps forward with the keyboard until the current line's text contains `text`. */
async function stepTo(page: Page, text: string): Promise<void> {
  const line = page.getByTestId("current-line");
  for (let i = 0; i < 200 && !(await line.textContent())?.includes(text); i++) await page.keyboard.press("ArrowRight");
  await expect(line).toContainText(text);
}

const objectNode = (page: Page, name: RegExp) => page.getByRole("group", { name });

test("a cycle of two Node objects: unreachable with its refcounts before gc.collect(), gone after it, the collection on the timeline", async ({ page }) => {
  test.setTimeout(180_000);
  await openVisualizer(page, CYCLE);
  const output = page.getByTestId("grade-stdout");
  const [, first, second] = (await output.textContent())?.match(/after del: (\d+) (\d+)/) ?? [];
  const [, collected] = (await output.textContent())?.match(/collected: (\d+)/) ?? [];
  expect(first && second && collected).toBeTruthy();

  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await stepTo(page, "found = gc.collect()");
  const nodes = objectNode(page, /^Node\b/);
  await expect(nodes).toHaveCount(2);
  for (const refcount of [first, second]) await expect(objectNode(page, new RegExp(`^Node\\b.*refcount ${refcount}\\b.*unreachable`)).first()).toBeVisible();
  await expect(objectNode(page, /^Node\b.*unreachable/)).toHaveCount(2);

  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("current-line")).toContainText("print(");
  await expect(objectNode(page, /^Node\b(?!.*freed)/)).toHaveCount(0);
  const gcRow = page.getByRole("row").filter({ hasText: new RegExp(`generation 2`) }).filter({ hasText: collected ?? "" });
  await expect(gcRow.first()).toBeVisible();
  await expect(page.getByTestId("memory-chart").getByText(/collection/i).first()).toBeVisible();
});

test("the slider and the keyboard step through the run; the editor marks the line", async ({ page }) => {
  await openVisualizer(page, CYCLE);
  const slider = page.getByRole("slider", { name: "Step" });
  const count = Number(await slider.getAttribute("max"));
  expect(count).toBeGreaterThan(5);
  await expect(slider).toHaveAttribute("aria-valuenow", "1");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuenow", String(count));
  await page.keyboard.press("Home");
  await expect(slider).toHaveAttribute("aria-valuenow", "1");
  await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveAttribute("aria-valuenow", "2");
  await page.getByRole("button", { name: "Forward one step" }).click();
  await expect(slider).toHaveAttribute("aria-valuenow", "3");
  await page.getByRole("button", { name: "Last step" }).click();
  await expect(slider).toHaveAttribute("aria-valuenow", String(count));
  await page.getByRole("button", { name: "Back one step" }).click();
  await expect(slider).toHaveAttribute("aria-valuenow", String(count - 1));
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(slider).toHaveAttribute("aria-valuenow", "1");
  // The line the step is about to run is marked in the editor, and named beside the slider.
  const line = await page.getByTestId("current-line").textContent();
  expect(line).toMatch(/^Line 1\b/);
  await expect(page.locator(".monaco-current-step")).toHaveCount(1);
});

test("a share link round-trips: the same program on the same version, run on opening", async ({ page, context }) => {
  test.setTimeout(180_000);
  const program = "import sys\nwords = ['réf', 'count']\nprint(sys.getrefcount(words) - 1)\n";
  await openVisualizer(page, program, "3.12");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByTestId("share-link").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(new URL(link).searchParams.get("python")).toBe("3.12");

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator("[data-run-state]")).toHaveAttribute("data-run-state", "done", { timeout: 90_000 });
  expect(await editorValue(await editorIn(other.locator("main")))).toBe(program);
  await expect(other.getByLabel("Python version").first()).toHaveValue("3.12");
  await expect(other.getByTestId("run-summary")).toContainText("Python 3.12");
});

test("the version diff of an immortal-object program shows 3.12's immortal None beside 3.11's counted one", async ({ page }) => {
  test.setTimeout(240_000);
  await openVisualizer(page, "x = None\nprint(x)\n", "3.11");
  const compare = page.getByRole("region", { name: "Compare two versions" });
  await compare.getByLabel("Version to compare with").selectOption("3.12");
  await compare.getByRole("button", { name: "Compare" }).click();
  const row = compare.getByRole("row").filter({ hasText: "x: immortal" });
  await expect(row).toBeVisible({ timeout: 180_000 });
  await expect(row).toContainText("false");
  await expect(row).toContainText("true");
  await expect(compare.getByRole("row").filter({ hasText: "x: refcount" })).toBeVisible();
});

test("Visualize on a lesson's editor opens its code and version in the visualizer", async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto("/lessons/everything-is-an-object");
  const block = page.getByTestId("runnable-code").first();
  const code = await editorValue(await editorIn(block));
  await block.getByLabel("Python version").selectOption("3.13");
  const [tab] = await Promise.all([context.waitForEvent("page"), block.getByRole("link", { name: /^Visualize/ }).click()]);
  await expect(tab.locator("[data-run-state]")).toHaveAttribute("data-run-state", "done", { timeout: 90_000 });
  expect(await editorValue(await editorIn(tab.locator("main")))).toBe(code);
  await expect(tab.getByTestId("run-summary")).toContainText("Python 3.13");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the visualizer in the ${colorScheme} theme: no serious accessibility violation; screenshots at desktop and phone width`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize(DESKTOP);
    await openVisualizer(page, CYCLE);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await stepTo(page, "found = gc.collect()");
    await expect(objectNode(page, /^Node\b/).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/visualizer-${colorScheme}.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SCREENSHOTS}/visualizer-${colorScheme}-phone.png`, fullPage: true });
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
}
