import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import Papa from "papaparse";
import { seriousViolations } from "./axe";
import { editorIn, setEditorValue } from "./monaco";
import { expect, test } from "./offline-test";
import { PREDICT_BLOCK_ID, PREDICT_LESSON_URL, predictAndRun, predictBlock } from "./predict-block";
import { uniqueAddress, uniqueEmail } from "./people";

/**
 * A class as its people live it, in Chromium against the production build: a teacher signs up and
 * creates a class; one learner, who first worked as a guest, signs up and joins with the code; another
 * joins through the link; both submit; the teacher finds both in the matrix, opens an attempt with its
 * evidence and a diff, and downloads the CSV; a second teacher sees none of it.
 */
const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");
const ID = "count-the-references";
const EXERCISE = path.join(process.cwd(), "content", "exercises", ID);
const read = (file: string) => fs.readFileSync(path.join(EXERCISE, file), "utf8");
const WRONG = read(path.join("wrong", fs.readdirSync(path.join(EXERCISE, "wrong")).sort()[0] ?? ""));
const PASSWORD = "a long enough password";
const GRADE_MS = 120_000;

test.describe.configure({ mode: "serial", timeout: 420_000 });

/** A browser of its own, speaking from its own address (sign-in is rate limited per address). */
async function person(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  return { context, page: await context.newPage() };
}

async function signUpIn(page: Page, name: string, email: string, role: "learning" | "teaching") {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: new RegExp(`I'm ${role}`) }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Submits `code` to the exercise on its page and waits for the server's grade. */
async function submit(page: Page, code: string): Promise<string> {
  await page.goto(`/exercises/${ID}`);
  const exercise = page.getByTestId("exercise");
  await setEditorValue(await editorIn(exercise), code);
  await exercise.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(exercise.getByTestId("grade-summary")).toContainText("graded on the server", { timeout: GRADE_MS });
  return (await exercise.getByTestId("grade-score").textContent()) ?? "";
}

test("a teacher follows a class of two learners: matrix, attempts with evidence and a diff, CSV; another teacher sees none of it", async ({ browser }) => {
  const teacherEmail = uniqueEmail("teacher");
  const adaEmail = uniqueEmail("ada");
  const linusEmail = uniqueEmail("linus");
  // A name a spreadsheet must keep whole: a comma, quotes and an accent.
  const linusName = 'Linus "the, second" Tørvalds';

  // The teacher signs up and creates a class.
  const teacher = await person(browser);
  await teacher.page.goto("/sign-up");
  await signUpIn(teacher.page, "Grace Hopper", teacherEmail, "teaching");
  await teacher.page.waitForURL("**/classes");
  await teacher.page.getByLabel("New class").fill("Memory 101");
  await teacher.page.getByRole("button", { name: "Create class" }).click();
  await teacher.page.waitForURL(/\/classes\/[^/]+$/);
  const classUrl = new URL(teacher.page.url()).pathname;
  const code = (await teacher.page.getByTestId("join-code").textContent())?.trim() ?? "";
  const joinLink = (await teacher.page.getByTestId("join-link").getAttribute("href")) ?? "";
  expect(code).toMatch(/^[A-Z2-9]{8}$/);

  // Ada works as a guest first: her submission must follow her into her account.
  const ada = await person(browser);
  const guestScore = await submit(ada.page, WRONG);
  await ada.page.goto("/sign-up");
  await expect(ada.page.getByText("Work you did as a guest")).toBeVisible();
  await signUpIn(ada.page, "Ada Lovelace", adaEmail, "learning");
  await ada.page.waitForURL("**/progress");
  await expect(ada.page.getByRole("region", { name: "Latest attempts" })).toContainText("Count the references");
  // She joins with the code, typed in lower case, and submits the solution.
  await ada.page.goto("/classes");
  await ada.page.getByLabel("Join code").fill(code.toLowerCase());
  await ada.page.getByRole("button", { name: "Join class" }).click();
  await ada.page.waitForURL(`**${classUrl}`);
  await expect(ada.page.getByRole("heading", { name: "Memory 101" })).toBeVisible();
  expect(await submit(ada.page, read("solution.py"))).toBe("Score: 100%");
  // She predicts on lesson 1's predict-then-run block; what CPython printed comes from her run.
  await ada.page.goto(PREDICT_LESSON_URL);
  const adaVerdict = (await (await predictAndRun(ada.page, predictBlock(ada.page), "True")).textContent()) ?? "";
  const cpythonAnswer = /printed (\S+) —/.exec(adaVerdict)?.[1] ?? "(no answer)";
  // She marks lesson 2 done at its end; her progress page counts it.
  await ada.page.goto("/lessons/reference-counting");
  await ada.page.getByRole("button", { name: "Mark this lesson as done" }).click();
  await expect(ada.page.getByRole("button", { name: "✓ Lesson done" })).toHaveAttribute("aria-pressed", "true");
  await ada.page.goto("/progress");
  const totals = ada.page.getByRole("list", { name: "Totals" });
  await expect(totals).toContainText(/1 \/ \d+lessons done/);
  await expect(totals).toContainText(/1 \/ \d+exercises passed/);
  await ada.page.screenshot({ path: path.join(SCREENSHOTS, "learner-progress.png"), fullPage: true });
  expect(await seriousViolations(ada.page)).toEqual([]);

  // Linus opens the join link, signs up on the way, and joins.
  const linus = await person(browser);
  await linus.page.goto(joinLink);
  await linus.page.waitForURL(/\/sign-in\?next=/);
  await linus.page.getByRole("link", { name: "Create an account" }).click();
  await signUpIn(linus.page, linusName, linusEmail, "learning");
  await linus.page.waitForURL(`**${joinLink}`);
  await linus.page.getByRole("button", { name: "Join class" }).click();
  await linus.page.waitForURL(`**${classUrl}`);
  await submit(linus.page, WRONG);
  await linus.page.goto(PREDICT_LESSON_URL);
  await predictAndRun(linus.page, predictBlock(linus.page), "False");

  // The teacher sees both in the matrix.
  await teacher.page.goto(classUrl);
  const matrix = teacher.page.getByRole("region", { name: "Progress matrix" });
  await expect(matrix).toContainText("Ada Lovelace");
  await expect(matrix).toContainText(linusName);
  const adaCell = matrix.getByRole("link", { name: /^Ada Lovelace, Count the references: best 100%, 2 attempts/ });
  await expect(adaCell).toBeVisible();
  await expect(matrix.getByRole("link", { name: new RegExp(`^${linusName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, Count the references: .*1 attempt`) })).toBeVisible();
  // The class's predictions: one student each way, CPython's answer (from their runs) marked.
  const chart = teacher.page.locator(`[data-testid="prediction-chart"][data-predict-id="${PREDICT_BLOCK_ID}"]`);
  await expect(chart).toContainText("2 students predicted");
  await expect(chart.getByRole("img", { name: /^Bar chart of the predictions/ })).toHaveAttribute("aria-label", new RegExp(`${cpythonAnswer}: 1 student \\(CPython`));
  await teacher.page.screenshot({ path: path.join(SCREENSHOTS, "teacher-dashboard.png"), fullPage: true });
  expect(await seriousViolations(teacher.page)).toEqual([]);
  await teacher.page.emulateMedia({ colorScheme: "dark" });
  await teacher.page.setViewportSize({ width: 390, height: 844 });
  await expect(teacher.page.locator("html")).toHaveAttribute("data-theme", "dark");
  // On a phone the matrix scrolls inside its region; the page itself does not.
  expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await teacher.page.screenshot({ path: path.join(SCREENSHOTS, "teacher-dashboard-phone-dark.png"), fullPage: true });
  expect(await seriousViolations(teacher.page)).toEqual([]);
  await teacher.page.emulateMedia({ colorScheme: "light" });
  await teacher.page.setViewportSize({ width: 1280, height: 720 });

  // Ada's attempts: the guest one (failing, with evidence) and the solution, and a diff between them.
  await adaCell.click();
  await expect(teacher.page.getByRole("heading", { name: "Ada Lovelace: Count the references" })).toBeVisible();
  await expect(teacher.page.getByText(guestScore.replace("Score: ", "")).first()).toBeVisible();
  await expect(teacher.page.getByRole("list", { name: "Checks" })).toBeVisible();
  // The guest attempt (the older one): its failed checks with their evidence.
  await teacher.page.getByRole("radio").nth(1).check();
  const failed = teacher.page.locator("[data-check][data-state='failed']").first();
  await expect(failed).toBeVisible();
  await expect(failed.locator("dl dt").first()).toBeVisible();
  // And what changed between the two.
  await teacher.page.getByTestId("compare-with").selectOption({ index: 1 });
  await expect(teacher.page.getByRole("region", { name: "Line diff, older to newer" })).toBeVisible();
  await teacher.page.screenshot({ path: path.join(SCREENSHOTS, "teacher-attempts.png"), fullPage: true });
  expect(await seriousViolations(teacher.page)).toEqual([]);

  // The CSV, parsed as a spreadsheet would: one row per student × exercise, names kept whole.
  await teacher.page.goto(classUrl);
  const [download] = await Promise.all([teacher.page.waitForEvent("download"), teacher.page.getByRole("link", { name: "Download progress as CSV" }).click()]);
  const text = fs.readFileSync((await download.path()) ?? "", "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const exercises = new Set(parsed.data.map((row) => row["exercise id"]));
  expect(exercises.has(ID)).toBe(true);
  expect(parsed.data).toHaveLength(2 * exercises.size);
  const rowOf = (email: string) => parsed.data.find((row) => row.email === email && row["exercise id"] === ID);
  expect(rowOf(linusEmail)).toMatchObject({ name: linusName, attempts: "1" });
  expect(rowOf(adaEmail)).toMatchObject({ name: "Ada Lovelace", "best score (%)": "100", attempts: "2" });

  // Another teacher finds nothing of it.
  const other = await person(browser);
  await other.page.goto("/sign-up");
  await signUpIn(other.page, "Other Teacher", uniqueEmail("other"), "teaching");
  await other.page.waitForURL("**/classes");
  await expect(other.page.getByText("Memory 101")).toHaveCount(0);
  const response = await other.page.goto(classUrl);
  expect(response?.status()).toBe(404);
  expect((await other.page.request.get(`/api/classes${classUrl.replace("/classes", "")}/export`)).status()).toBe(404);

  for (const { context } of [teacher, ada, linus, other]) await context.close();
});
