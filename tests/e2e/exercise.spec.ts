import fs from "node:fs";
import path from "node:path";
import { editorIn, typeInto } from "./monaco";
import { expect, test } from "./offline-test";
import { verdictOf } from "./submissions";

const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");
const EXERCISE = path.join(process.cwd(), "content", "exercises", "count-the-references");
const PYTHON_LOAD_MS = 90_000;
const read = (file: string) => fs.readFileSync(path.join(EXERCISE, file), "utf8");

test.describe.configure({ timeout: 240_000 });

test("an exercise in a lesson: hints one at a time, a preview check in the browser, then a graded submission", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto("/lessons/reference-counting");
  // Lesson 2 embeds three exercises; this one counts the references.
  const exercise = page.getByRole("region", { name: "Exercise: Count the references" });
  await exercise.scrollIntoViewIfNeeded();
  const hints = read("hints.md").split(/^---$/m).map((hint) => hint.trim());
  await exercise.getByRole("button", { name: /^Hint \(1 of/ }).click();
  await expect(exercise.getByLabel("Hints").locator("li")).toHaveCount(1);
  await expect(exercise.getByLabel("Hints")).not.toContainText(hints[1]?.slice(0, 20) ?? "-");

  // The starter code as it is: the refcount checks fail, and say what holds the list.
  await exercise.getByRole("button", { name: "Check" }).click();
  const summary = exercise.getByTestId("grade-summary");
  await expect(summary).toContainText("checks pass", { timeout: PYTHON_LOAD_MS });
  await expect(summary).toContainText("preview");
  const failing = exercise.locator("[data-check='three-references']");
  await expect(failing).toHaveAttribute("data-passed", "false");
  await expect(failing).toContainText("Referenced by");
  await expect(failing).toContainText("the name `data`");
  await page.screenshot({ path: path.join(SCREENSHOTS, "exercise-preview.png") });

  // The reference solution, submitted: graded on the server and stored.
  const editor = await editorIn(exercise);
  await typeInto(page, editor, read("solution.py").trimEnd());
  await exercise.getByRole("button", { name: "Submit" }).click();
  await expect(summary).toContainText("All checks pass", { timeout: PYTHON_LOAD_MS });
  await expect(summary).toContainText("graded on the server");
  await page.screenshot({ path: path.join(SCREENSHOTS, "exercise-submitted.png") });

  const mine = await page.request.get("/api/exercises/count-the-references/submissions");
  const submissions = (await mine.json()) as { status: string; score: number }[];
  expect(submissions[0]).toMatchObject({ status: "graded", score: 1 });
});

test("submissions: malformed requests get a 400 with a reason, unknown exercises a 404, learners see only their own", async ({ page, browser }) => {
  const bad = await page.request.post("/api/exercises/count-the-references/submissions", { data: Buffer.from("{ not json"), headers: { "content-type": "application/json" } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toMatch(/JSON/);
  const wrongType = await page.request.post("/api/exercises/count-the-references/submissions", { data: { code: 42 } });
  expect(wrongType.status()).toBe(400);
  expect(((await wrongType.json()) as { error: string }).error).toMatch(/^code:/);
  const unknown = await page.request.post("/api/exercises/no-such-exercise/submissions", { data: { code: "print(1)" } });
  expect(unknown.status()).toBe(404);

  const submitted = await page.request.post("/api/exercises/collect-the-cycle/submissions", { data: { code: "print(True)" } });
  expect(submitted.status()).toBe(202);
  expect(submitted.headers()["set-cookie"]).toMatch(/HttpOnly/i);
  const { id } = (await submitted.json()) as { id: string };
  const own = (await (await page.request.get("/api/exercises/collect-the-cycle/submissions")).json()) as unknown[];
  expect(own.length).toBeGreaterThan(0);
  const stranger = await browser.newContext();
  const theirs = (await (await stranger.request.get("/api/exercises/collect-the-cycle/submissions")).json()) as unknown[];
  expect(theirs).toEqual([]);
  // Following a submission to its verdict is its learner's alone.
  expect((await verdictOf(page.request, id)).status).toBe("graded");
  expect((await stranger.request.get(`/api/submissions/${id}`)).status()).toBe(404);
  await stranger.close();
});
