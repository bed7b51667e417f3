import path from "node:path";
import { lessonsOnDisk } from "./content-on-disk";
import { editorIn, editorValue, typeInto } from "./monaco";
import { expect, test } from "./offline-test";

const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");

test("the home page lists every lesson in order and links to it", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("list", { name: "Lessons" }).getByRole("link");
  const expected = lessonsOnDisk();
  await expect(links).toHaveCount(expected.length);
  for (const [index, lesson] of expected.entries()) {
    await expect(links.nth(index)).toContainText(lesson.title);
    await expect(links.nth(index)).toHaveAttribute("href", `/lessons/${lesson.slug}`);
  }
});

test("a lesson renders its MDX with highlighted static code and working editors", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Everything is an object/ }).click();
  await expect(page).toHaveURL(/\/lessons\/everything-is-an-object$/);
  await expect(page.getByRole("heading", { level: 1, name: "Everything is an object" })).toBeVisible();

  // Static code is highlighted at build time: shiki emits spans carrying both themes' colours in the
  // server HTML, and the page's theme picks one, so keywords are not drawn in the text's colour.
  const staticBlock = page.locator("figure[data-rehype-pretty-code-figure] pre[data-language] code").first();
  const tokens = staticBlock.locator("span[style*='--shiki-light']");
  await expect(tokens.first()).toBeAttached();
  const colours = await tokens.evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  expect(colours).toBeGreaterThan(1);

  const blocks = page.getByTestId("runnable-code");
  expect(await blocks.count()).toBeGreaterThan(0);
  const editor = await editorIn(blocks.first());
  expect(await editorValue(editor)).toContain("print(type(x), id(x))");

  // Monaco keeps the previous line's indentation on Enter, as it does for a user, so the program ends
  // inside its only indented block rather than dedenting after it.
  const program = "import sys\n\nb = []\nalias = b\nprint(sys.getrefcount(b))\nfor item in range(2):\n    b.append(item)";
  await typeInto(page, editor, program);
  expect(await editorValue(editor)).toBe(program);

  await editor.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "lesson.png"), fullPage: false });
});

test("the playground fills the window with an editor", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/playground");
  const editor = await editorIn(page.locator("main"));
  const box = await editor.boundingBox();
  // The editor takes three fifths of the space below the header; the output panel the rest.
  expect(box?.height ?? 0).toBeGreaterThan(800 * 0.45);
  await typeInto(page, editor, "x = []\nx.append(x)\nprint(x)");
  expect(await editorValue(editor)).toBe("x = []\nx.append(x)\nprint(x)");
  await page.screenshot({ path: path.join(SCREENSHOTS, "playground.png") });
});

test("an unknown lesson is a 404", async ({ page }) => {
  const response = await page.goto("/lessons/no-such-lesson");
  expect(response?.status()).toBe(404);
});
