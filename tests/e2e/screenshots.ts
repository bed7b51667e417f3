import path from "node:path";
import type { Page } from "@playwright/test";

/** Where the suite leaves its screenshots for a person to look at (git-ignored). */
export const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Saves the page at desktop width and at phone width: tests/e2e/screenshots/<name>.png and <name>-phone.png. */
export async function shootBothWidths(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-phone.png`), fullPage: options.fullPage });
  if (before) await page.setViewportSize(before);
}
