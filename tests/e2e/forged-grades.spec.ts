import path from "node:path";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { REACHED_JAVASCRIPT } from "@/engine/runtime/bridge-tripwire";
import { readForgeries } from "../escapes/forgeries";
import { editorIn, editorValue, setEditorValue } from "./monaco";
import { expect, test } from "./offline-test";
import { type SubmissionAnswer, submitAndWait } from "./submissions";

/**
 * The forged-grade programs of tests/escapes/forgeries (issue 13 a-d), submitted through the real
 * submissions API of a production build on every Python version: each is stored, graded 0, with the
 * reason. The engine-level tests (tests/escapes/forgeries.test.ts) show that the forgery reaches
 * the host and is not believed; this shows what a learner and a teacher then see.
 */
const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");
const forgeries = readForgeries();

test.describe.configure({ timeout: 300_000 });

for (const python of PYTHON_VERSIONS) {
  test(`Python ${python}: forged grades are stored as 0 with the reason`, async ({ page }) => {
    for (const forgery of forgeries) {
      const submitted = await submitAndWait(page.request, forgery.exercise, { code: forgery.code, python });
      expect(submitted, forgery.file).toMatchObject({ status: "graded", score: 0, pythonVersion: python });
      expect(submitted.result?.run.status, forgery.file).toBe("security");
      expect(submitted.result?.run.stderr.trimEnd().split("\n").at(-1)).toBe(REACHED_JAVASCRIPT);
      expect(submitted.result?.run.stdout).not.toMatch(/FORGED|True/);
      for (const check of submitted.result?.checks ?? []) {
        expect(check.passed, forgery.file).toBe(false);
        expect(check.summary).toMatch(/reached outside Python/);
      }
      // As stored: what the learner's list (and later a teacher) reads back.
      const stored = (await (await page.request.get(`/api/exercises/${forgery.exercise}/submissions`)).json()) as SubmissionAnswer[];
      expect(stored.find((submission) => submission.id === submitted.id)).toMatchObject({ status: "graded", score: 0 });
    }
  });
}

test("the page: Check is a preview that says only the server's grade counts; a forged Submit shows why it scored 0", async ({ page }) => {
  const forgery = forgeries.find((candidate) => candidate.file.startsWith("d-"));
  if (!forgery) throw new Error("forgery d is missing");
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`/exercises/${forgery.exercise}`);
  const exercise = page.getByTestId("exercise");
  const editor = await editorIn(exercise);
  await setEditorValue(editor, forgery.code);
  expect(await editorValue(editor)).toBe(forgery.code);

  await exercise.getByRole("button", { name: "Check" }).click();
  const summary = exercise.getByTestId("grade-summary");
  await expect(summary).toContainText("checks pass", { timeout: 120_000 });
  await expect(summary).toContainText("only the server's grade counts");
  await expect(exercise.getByLabel("Checks")).toContainText("reached outside Python");

  await exercise.getByRole("button", { name: "Submit" }).click();
  await expect(summary).toContainText("graded on the server", { timeout: 120_000 });
  await expect(summary).toContainText("0 of 3 checks pass");
  await expect(exercise.getByLabel("Checks")).toContainText("reached outside Python");
  await exercise.getByLabel("Checks").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "exercise-forged-submission.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await exercise.getByTestId("grade-summary").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, "exercise-forged-submission-phone.png") });
});
