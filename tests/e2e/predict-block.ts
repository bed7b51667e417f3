import type { Locator, Page } from "@playwright/test";
import { expect } from "./offline-test";

/** Lesson 1's predict-then-run block (```python predict id=slice-copy-identity), the one the e2e tests use. */
export const PREDICT_LESSON_URL = "/lessons/everything-is-an-object";
export const PREDICT_BLOCK_ID = "slice-copy-identity";
export const PREDICT_RUN_MS = 120_000;

export function predictBlock(page: Page): Locator {
  return page.locator(`[data-testid="predict-block"][data-predict-id="${PREDICT_BLOCK_ID}"]`);
}

/** Locks in `choice`, runs, and waits for the verdict and for the prediction to be stored. */
export async function predictAndRun(page: Page, block: Locator, choice: string): Promise<Locator> {
  await block.getByRole("radio", { name: choice }).check();
  await block.getByRole("button", { name: "Lock in my prediction" }).click();
  const run = block.getByRole("button", { name: "Run" });
  await expect(run).toBeEnabled();
  const stored = page.waitForResponse((response) => response.url().endsWith(`/api/predictions/${PREDICT_BLOCK_ID}`) && response.request().method() === "POST", { timeout: PREDICT_RUN_MS });
  await run.click();
  expect((await stored).status()).toBe(201);
  return block.getByTestId("predict-verdict");
}
