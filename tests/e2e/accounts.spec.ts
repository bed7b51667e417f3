import fs from "node:fs";
import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { seriousViolations } from "./axe";
import { editorIn, editorValue, setEditorValue } from "./monaco";
import { expect, test } from "./offline-test";
import { DESKTOP, PHONE, SCREENSHOTS } from "./screenshots";

/**
 * Accounts from the learner's side, on the production build: signing up, in and out, the header's
 * account menu, changing name and password, deleting the account.
 *
 * Sign-in is rate-limited per client address (10 a minute), and every test here signs in: each test
 * sends its own X-Forwarded-For, so tests neither share a count nor spend one another's.
 */
test.beforeEach(async ({ page }, testInfo) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddress(testInfo) });
});

/** An address in 198.18.0.0/15 (set aside for benchmarks), different for each test and each run. */
function clientAddress(testInfo: TestInfo): string {
  let hash = Date.now() ^ (testInfo.workerIndex << 20);
  for (const char of testInfo.testId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const n = hash >>> 0;
  return `198.${18 + (n & 1)}.${(n >>> 8) & 255}.${(n >>> 16) & 255}`;
}

function uniqueEmail(testInfo: TestInfo): string {
  return `${testInfo.testId}-${Date.now()}@example.com`.toLowerCase();
}

const header = (page: Page) => page.locator("header.site-header");

async function signUp(page: Page, { name, email, password, teaching = false }: { name: string; email: string; password: string; teaching?: boolean }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  if (teaching) await page.getByRole("radio", { name: /I'm teaching/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page, name: string) {
  await header(page).getByRole("button", { name }).click();
  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("a learner signs up, sees their name in the header, signs out, is refused a wrong password and signs in", async ({ page }, testInfo) => {
  // The header's account corner renders before the session is known: React must not find the page
  // it hydrates different from the server's.
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat|Minified React error #4(18|19|23|25)/i.test(message.text())) hydrationErrors.push(message.text());
  });
  page.on("pageerror", (error) => hydrationErrors.push(error.message));
  const email = uniqueEmail(testInfo);
  const name = "Ada Learner";
  await signUp(page, { name, email, password: "correct horse" });
  // A learner's home is their progress (a page built elsewhere: only the address is checked here).
  await expect(page).toHaveURL(/\/progress$/);
  await expect(header(page).getByRole("button", { name })).toBeVisible();

  await signOut(page, name);

  await header(page).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, email, "wrong horse");
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password");
  // An unknown email gets the same words: the form does not tell which emails have accounts.
  await signIn(page, `nobody-${email}`, "correct horse");
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password");

  await signIn(page, email, "correct horse");
  await expect(page).toHaveURL(/\/progress$/);
  await expect(header(page).getByRole("button", { name })).toBeVisible();
  expect(hydrationErrors).toEqual([]);
});

test("the header's menu opens from the keyboard, lists the account's pages and closes with Escape", async ({ page }, testInfo) => {
  const name = "Kay Board";
  await signUp(page, { name, email: uniqueEmail(testInfo), password: "keyboard only", teaching: true });
  // A teacher's home is their classes.
  await expect(page).toHaveURL(/\/classes$/);
  const trigger = header(page).getByRole("button", { name });
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  const links = header(page).getByRole("listitem");
  await expect(links).toHaveText(["My progress", "Classes", "Account", "Sign out"]);
  await page.keyboard.press("Tab");
  await expect(header(page).getByRole("link", { name: "My progress" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(trigger).toHaveAttribute("aria-expanded", "false");
  await expect(trigger).toBeFocused();
  await expect(header(page).getByRole("link", { name: "Account" })).toBeHidden();

  await page.keyboard.press("Enter");
  await header(page).getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("with a teacher's account")).toBeVisible();
  await expect(page.getByText("and the classes you own")).toBeVisible();
});

test("on the account page a learner changes their name, email and password, signs in with the new ones, then deletes the account", async ({ page, browser }, testInfo) => {
  const firstEmail = uniqueEmail(testInfo);
  await signUp(page, { name: "First Name", email: firstEmail, password: "old password" });
  await expect(page).toHaveURL(/\/progress$/);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.getByText(`Signed in as ${firstEmail}`)).toBeVisible();

  const nameSection = page.getByRole("region", { name: "Name" });
  await nameSection.getByLabel("Name").fill("Second Name");
  await nameSection.getByRole("button", { name: "Save name" }).click();
  await expect(nameSection.getByTestId("form-done")).toHaveText("Name saved.");
  await expect(header(page).getByRole("button", { name: "Second Name" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Name" }).getByLabel("Name")).toHaveValue("Second Name");

  const emailSection = page.getByRole("region", { name: "Email" });
  const email = `changed-${firstEmail}`;
  await emailSection.getByLabel("New email").fill(email);
  await emailSection.getByRole("button", { name: "Change email" }).click();
  await expect(emailSection.getByTestId("form-done")).toHaveText(`Email changed: sign in with ${email} from now on.`);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  const passwordSection = page.getByRole("region", { name: "Password" });
  await passwordSection.getByLabel("Current password").fill("not my password");
  await passwordSection.getByLabel("New password").fill("new password");
  await passwordSection.getByRole("button", { name: "Change password" }).click();
  await expect(passwordSection.getByTestId("form-error")).toHaveText("Invalid password");
  // The same account signed in on another browser, which the change signs out.
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress(testInfo) } });
  const otherPage = await elsewhere.newPage();
  await otherPage.goto("/sign-in?next=/account");
  await signIn(otherPage, email, "old password");
  await expect(otherPage).toHaveURL(/\/account$/);

  await passwordSection.getByLabel("Current password").fill("old password");
  await passwordSection.getByLabel("New password").fill("new password");
  await passwordSection.getByLabel("Sign out everywhere else").check();
  await passwordSection.getByRole("button", { name: "Change password" }).click();
  await expect(passwordSection.getByTestId("form-done")).toHaveText("Password changed, and every other session signed out.");
  await expect(passwordSection.getByLabel("New password")).toHaveValue("");
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/sign-in\?next=\/account$/);
  await elsewhere.close();
  // This browser's session is the one kept.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();

  await signOut(page, "Second Name");
  await page.goto("/account");
  // Signed out, the account page sends one to sign in and back.
  await expect(page).toHaveURL(/\/sign-in\?next=\/account$/);
  await signIn(page, email, "old password");
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password");
  await signIn(page, email, "new password");
  await expect(page).toHaveURL(/\/account$/);

  const deletion = page.getByRole("region", { name: "Delete account" });
  await expect(deletion).toContainText("submissions, drafts, predictions and progress");
  await deletion.getByLabel("Your password, to confirm").fill("old password");
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await expect(deletion.getByTestId("form-error")).toHaveText("Invalid password");
  await deletion.getByLabel("Your password, to confirm").fill("new password");
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await signIn(page, email, "new password");
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password");
});

test("a next that leaves the site is ignored, and too many sign-ins from one address are told to wait", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo);
  await signUp(page, { name: "Next Person", email, password: "eight chars" });
  await expect(page).toHaveURL(/\/progress$/);
  await signOut(page, "Next Person");

  await page.goto("/sign-in?next=//evil.example/");
  // The link to sign-up does not carry it either.
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/sign-up");
  await signIn(page, email, "eight chars");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/progress$/);
  await signOut(page, "Next Person");

  // Counted per address and per endpoint: the one sign-in above leaves this address 9 of its 10 a minute.
  await page.goto("/sign-in");
  for (let attempt = 0; attempt < 9; attempt++) {
    await signIn(page, email, `wrong ${attempt}`);
    await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  }
  await signIn(page, email, "eight chars");
  await expect(page.getByTestId("form-error")).toHaveText("Too many attempts: wait a minute and try again");
});

const SHOTS = process.env.ACCOUNT_SHOTS ?? SCREENSHOTS;

/** The header and its menu fit the window: nothing starts left of it or ends right of it. */
async function endsInsideWindow(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, "on screen").not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
}

/** The page at desktop and phone width, as <name>-<theme>.png and <name>-<theme>-phone.png. */
async function shoot(page: Page, name: string, colorScheme: string, { keep, fullPage }: { keep?: () => Promise<void>; fullPage?: boolean } = {}) {
  for (const [size, suffix] of [[DESKTOP, ""], [PHONE, "-phone"]] as const) {
    await page.setViewportSize(size);
    await keep?.();
    await page.screenshot({ path: path.join(SHOTS, `${name}-${colorScheme}${suffix}.png`), fullPage });
  }
  await page.setViewportSize(DESKTOP);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the account pages and the open menu have no serious accessibility violation in the ${colorScheme} theme`, async ({ page }, testInfo) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize(DESKTOP);

    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "accounts-sign-up", colorScheme, { keep: () => endsInsideWindow(page, header(page).getByRole("link", { name: "Sign in" })) });

    await page.goto("/sign-in");
    await signIn(page, uniqueEmail(testInfo), "no such account");
    await expect(page.getByTestId("form-error")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "accounts-sign-in-error", colorScheme);

    const name = "Grace Theme-Checker";
    await signUp(page, { name, email: uniqueEmail(testInfo), password: "both themes" });
    await expect(page).toHaveURL(/\/progress$/);
    await page.goto("/account");
    await expect(header(page).getByRole("button", { name })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "accounts-account", colorScheme, { fullPage: true });

    const trigger = header(page).getByRole("button", { name });
    await trigger.click();
    await expect(header(page).getByRole("link", { name: "My progress" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The menu and the header fit a phone.
    await shoot(page, "accounts-menu", colorScheme, {
      keep: async () => {
        if ((await trigger.getAttribute("aria-expanded")) !== "true") await trigger.click();
        await endsInsideWindow(page, header(page).getByRole("link", { name: "Account" }));
        await endsInsideWindow(page, trigger);
      },
    });
  });
}

test("a draft typed on one device opens on another once signed in", async ({ page, browser }, testInfo) => {
  const email = uniqueEmail(testInfo);
  const password = "a long enough password";
  await signUp(page, { name: "Two Devices", email, password });
  await expect(page).toHaveURL(/\/progress$/);
  const code = `# typed on the laptop ${Date.now()}\nprint("draft")\n`;
  await page.goto("/exercises/count-the-references");
  const exercise = page.getByTestId("exercise");
  await setEditorValue(await editorIn(exercise), code);
  await expect(exercise.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });

  // Another browser (nothing shared with the first), the same account.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress(testInfo) } });
  const phone = await other.newPage();
  await phone.goto("/sign-in?next=/exercises/count-the-references");
  await signIn(phone, email, password);
  await expect(phone).toHaveURL(/\/exercises\/count-the-references$/);
  expect(await editorValue(await editorIn(phone.getByTestId("exercise")))).toBe(code);
  await other.close();
});
