import { beforeAll, expect, it } from "vitest";
import { createAuth, SIGN_IN_ATTEMPTS_PER_MINUTE, type Auth } from "@/app/_server/auth/better-auth";
import { describeOnEachDatabase } from "../support/each-database";

process.env.HEAPWISE_SECRET = "a test key that is long enough for better-auth";
const { LEARNER_COOKIE, signLearner } = await import("@/app/_server/auth/guest-cookie");

/**
 * Accounts as a browser meets them: Better Auth's real handler, fed real Requests, on a real database
 * migrated by the committed migrations, on SQLite and on PostgreSQL alike.
 */
const ORIGIN = "http://127.0.0.1:3000";
let address = 0;

describeOnEachDatabase("accounts", (db, provider) => {
  let auth: Auth;
  beforeAll(() => {
    auth = createAuth({ database: db.client, databaseUrl: db.url, secret: process.env.HEAPWISE_SECRET ?? "" });
  });

  /** A POST from this site's page, from one client address (each test its own unless told). */
  const post = (endpoint: string, body: object, init: { cookie?: string; ip?: string; origin?: string } = {}) =>
    auth.handler(
      new Request(`${ORIGIN}/api/auth${endpoint}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: init.origin ?? ORIGIN,
          "x-forwarded-for": init.ip ?? `10.0.${provider.length}.${++address}`,
          ...(init.cookie ? { cookie: init.cookie } : {}),
        },
        body: JSON.stringify(body),
      }),
    );
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");

  it("signs up with a hashed password and an httpOnly session cookie, and signs in again", async () => {
    const email = `ada-${provider.toLowerCase()}@example.com`;
    const response = await post("/sign-up/email", { email, password: "correct horse battery", name: "Ada Lovelace" });
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/better-auth\.session_token=[^;]+;.*HttpOnly/i);
    const user = await db.client.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
    expect(user.role).toBe("learner");
    const stored = user.accounts[0]?.password ?? "";
    expect(stored).not.toContain("correct horse");
    // Better Auth's scrypt: salt:key in hex.
    expect(stored).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect((await post("/sign-in/email", { email, password: "correct horse battery" })).status).toBe(200);
  });

  it("gives a wrong password and an unknown email the same answer", async () => {
    const email = `grace-${provider.toLowerCase()}@example.com`;
    await post("/sign-up/email", { email, password: "a long password", name: "Grace Hopper" });
    const wrong = await post("/sign-in/email", { email, password: "not the password" });
    const unknown = await post("/sign-in/email", { email: `nobody-${provider.toLowerCase()}@example.com`, password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it("rate-limits sign-in per client address", async () => {
    const ip = "192.0.2.77";
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_ATTEMPTS_PER_MINUTE; attempt++) {
      statuses.push((await post("/sign-in/email", { email: `guess-${provider.toLowerCase()}@example.com`, password: `guess ${attempt}` }, { ip })).status);
    }
    expect(statuses.slice(0, SIGN_IN_ATTEMPTS_PER_MINUTE).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held back.
    expect((await post("/sign-in/email", { email: `guess-${provider.toLowerCase()}@example.com`, password: "guess" }, { ip: "192.0.2.78" })).status).toBe(401);
  });

  it("refuses a sign-up posted from another site (CSRF), a bad role and a guest's reserved address", async () => {
    const foreign = await post("/sign-up/email", { email: `csrf-${provider.toLowerCase()}@example.com`, password: "a long password", name: "X" }, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(await db.client.user.count({ where: { email: `csrf-${provider.toLowerCase()}@example.com` } })).toBe(0);

    const admin = await post("/sign-up/email", { email: `role-${provider.toLowerCase()}@example.com`, password: "a long password", name: "X", role: "admin" });
    expect(admin.status).toBe(400);
    const teacher = await post("/sign-up/email", { email: `teach-${provider.toLowerCase()}@example.com`, password: "a long password", name: "T", role: "teacher" });
    expect(teacher.status).toBe(200);
    expect((await db.client.user.findUniqueOrThrow({ where: { email: `teach-${provider.toLowerCase()}@example.com` } })).role).toBe("teacher");

    const reserved = await post("/sign-up/email", { email: "x@guest.heapwise.invalid", password: "a long password", name: "X" });
    expect(reserved.status).toBe(400);
  });

  it("does not let a user change their role", async () => {
    const signedUp = await post("/sign-up/email", { email: `fixed-${provider.toLowerCase()}@example.com`, password: "a long password", name: "Fixed" });
    const changed = await post("/update-user", { role: "teacher" }, { cookie: cookieOf(signedUp) });
    expect(changed.status).toBe(400);
    expect((await db.client.user.findUniqueOrThrow({ where: { email: `fixed-${provider.toLowerCase()}@example.com` } })).role).toBe("learner");
  });

  it("moves a guest's work into the account they sign up with, once", async () => {
    const guest = await db.client.user.create({ data: { email: `guest-${provider}@guest.heapwise.invalid`, name: "Guest learner" } });
    const exercise = await db.client.exercise.upsert({ where: { id: "merge-demo" }, create: { id: "merge-demo", title: "Demo", contentHash: "h" }, update: {} });
    await db.client.submission.create({ data: { userId: guest.id, exerciseId: exercise.id, code: "x = 1\n", contentHash: "h", pythonVersion: "3.14", status: "graded", score: 1 } });
    await db.client.draft.create({ data: { userId: guest.id, key: "exercise:merge-demo", exerciseId: exercise.id, code: "guest draft\n" } });
    await db.client.prediction.create({ data: { userId: guest.id, lessonSlug: "l", predictId: "p", pythonVersion: "3.14", predicted: "1", actual: "1", correct: true } });
    await db.client.lessonProgress.create({ data: { userId: guest.id, lessonSlug: "l", completedAt: new Date() } });

    const cookie = `${LEARNER_COOKIE}=${signLearner(guest.id)}`;
    const response = await post("/sign-up/email", { email: `kept-${provider.toLowerCase()}@example.com`, password: "a long password", name: "Kept" }, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${LEARNER_COOKIE}=;`) && /Max-Age=0/i.test(line))).toBe(true);

    const account = await db.client.user.findUniqueOrThrow({
      where: { email: `kept-${provider.toLowerCase()}@example.com` },
      include: { submissions: true, drafts: true, predictions: true, lessonProgress: true },
    });
    expect(account.submissions.map((s) => s.code)).toEqual(["x = 1\n"]);
    expect(account.drafts.map((d) => d.code)).toEqual(["guest draft\n"]);
    expect(account.predictions).toHaveLength(1);
    expect(account.lessonProgress.map((p) => p.lessonSlug)).toEqual(["l"]);
    expect(await db.client.user.findUnique({ where: { id: guest.id } })).toBeNull();

    // The same cookie sent again (a retried request, another tab) moves nothing twice.
    expect((await post("/sign-in/email", { email: `kept-${provider.toLowerCase()}@example.com`, password: "a long password" }, { cookie })).status).toBe(200);
    expect(await db.client.submission.count({ where: { userId: account.id } })).toBe(1);
  });

  it("deletes an account with all its data", async () => {
    const signedUp = await post("/sign-up/email", { email: `gone-${provider.toLowerCase()}@example.com`, password: "a long password", name: "Gone" });
    const user = await db.client.user.findUniqueOrThrow({ where: { email: `gone-${provider.toLowerCase()}@example.com` } });
    await db.client.exercise.upsert({ where: { id: "merge-demo" }, create: { id: "merge-demo", title: "Demo", contentHash: "h" }, update: {} });
    await db.client.submission.create({ data: { userId: user.id, exerciseId: "merge-demo", code: "y\n", contentHash: "h", pythonVersion: "3.14" } });
    const deleted = await post("/delete-user", { password: "a long password" }, { cookie: cookieOf(signedUp) });
    expect(deleted.status).toBe(200);
    expect(await db.client.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db.client.submission.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.client.account.count({ where: { userId: user.id } })).toBe(0);
  });
});
