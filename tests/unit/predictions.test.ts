import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/predictions/[id]/route";
import { db } from "@/app/_server/db";
import { LEARNER_COOKIE } from "@/app/_server/auth/guest-cookie";
import { lastPredictionOn } from "@/app/_server/predictions/page-data";
import { findPredictBlock, type LessonPredictBlock } from "@/app/_server/predictions/predict-blocks";
import { predictionsOf, recordPrediction } from "@/app/_server/predictions/predictions";
import { predictionIsRight, predictionProblem, programAnswer } from "@/app/_shared/prediction-answer";
import { deployMigrations } from "../support/deploy-migrations";

/**
 * The predictions API as a browser uses it: the route handlers called with real Requests, on a real
 * SQLite file migrated by the committed migrations, with the learner's cookie in a jar standing in for
 * next/headers (which exists only inside a Next request).
 */
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  // What Better Auth reads a session from: the same jar as a Cookie header.
  headers: async () => new Headers({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") }),
}));

// The predict block lesson 1 asks (content/lessons/everything-is-an-object.mdx).
const BLOCK = "slice-copy-identity";
const LESSON = "everything-is-an-object";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-predictions-"));
const previousUrl = process.env.DATABASE_URL;

beforeAll(() => {
  process.env.DATABASE_URL = `file:${path.join(dir, "predictions.db")}`;
  deployMigrations(process.env.DATABASE_URL);
});

afterAll(async () => {
  await db().$disconnect();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => jar.clear());

const context = (id: string) => ({ params: Promise.resolve({ id }) });

function post(id: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://127.0.0.1:3000/api/predictions/${id}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, context(id));
}

const get = (id: string) => GET(new Request(`http://127.0.0.1:3000/api/predictions/${id}`), context(id));

const valid = { lesson: LESSON, version: "3.14", predicted: "True", actual: "False" };

describe("the predictions API", () => {
  it("finds lesson 1's predict block with its choices", () => {
    expect(findPredictBlock(BLOCK)).toMatchObject({ lesson: LESSON, choices: ["True", "False"] });
  });

  it("answers a visitor without a cookie with no predictions, and makes no learner", async () => {
    const response = await get(BLOCK);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(jar.size).toBe(0);
  });

  it("stores a guest's prediction, decides right or wrong itself, and sets the learner cookie", async () => {
    const response = await post(BLOCK, valid);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ predictId: BLOCK, lesson: LESSON, python: "3.14", predicted: "True", actual: "False", correct: false });
    expect(jar.get(LEARNER_COOKIE)).toMatch(/\./);

    const right = await post(BLOCK, { ...valid, version: "3.11", predicted: "False" });
    expect(await right.json()).toMatchObject({ python: "3.11", predicted: "False", actual: "False", correct: true });

    const listed = (await (await get(BLOCK)).json()) as { predicted: string; python: string }[];
    expect(listed.map(({ predicted, python }) => ({ predicted, python }))).toEqual([
      { predicted: "False", python: "3.11" },
      { predicted: "True", python: "3.14" },
    ]);
    // What the lesson page renders into the block after a reload: the newest.
    expect(await lastPredictionOn(BLOCK)).toMatchObject({ predicted: "False", correct: true });
  });

  it("keeps each learner's predictions their own", async () => {
    await post(BLOCK, valid);
    const first = jar.get(LEARNER_COOKIE);
    jar.clear();
    expect(await (await get(BLOCK)).json()).toEqual([]);
    await post(BLOCK, { ...valid, predicted: "False" });
    expect(jar.get(LEARNER_COOKIE)).not.toBe(first);
    expect(((await (await get(BLOCK)).json()) as unknown[]).length).toBe(1);
    // A forged cookie is nobody.
    jar.set(LEARNER_COOKIE, `${first?.split(".")[0]}.forged`);
    expect(await (await get(BLOCK)).json()).toEqual([]);
    expect(await lastPredictionOn(BLOCK)).toBeNull();
  });

  it("refuses an unknown block with 404 before making a learner", async () => {
    const response = await post("no-such-block", valid);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "no predict block 'no-such-block'" });
    expect(jar.size).toBe(0);
    expect((await get("no-such-block")).status).toBe(404);
  });

  it.each([
    [{ ...valid, version: "3.10" }, /version: Invalid option/],
    [{ ...valid, predicted: "   " }, /predicted: predicted is empty/],
    [{ lesson: LESSON, version: "3.14", predicted: "True" }, /actual: /],
    [{ ...valid, extra: 1 }, /Unrecognized key/],
    [{ ...valid, lesson: "Not A Slug" }, /lesson: lesson must be a lesson's slug/],
    [{ ...valid, predicted: "Maybe" }, /predicted: the prediction must be one of "True", "False"/],
    [{ ...valid, lesson: "reference-counting" }, /predict block 'slice-copy-identity' is in lesson 'everything-is-an-object', not 'reference-counting'/],
    ["not json", /not valid JSON/],
  ])("refuses %j with 400", async (body, message) => {
    const response = await post(BLOCK, body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(jar.size).toBe(0);
  });

  it("refuses a request from another site and a body that is not JSON", async () => {
    expect((await post(BLOCK, valid, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(BLOCK, valid, { "content-type": "text/plain" })).status).toBe(415);
    expect(jar.size).toBe(0);
  });
});

describe("predictions without choices", () => {
  const numberBlock: LessonPredictBlock = { id: "some-count", lesson: "reference-counting", question: "How many?", choices: null, code: "print(3)", line: 1 };

  it("are whole numbers, compared as numbers", async () => {
    expect(predictionProblem("+07", null)).toBeNull();
    expect(predictionProblem("3.0", null)).toBe("the prediction must be a whole number");
    expect(predictionProblem("three", null)).toBe("the prediction must be a whole number");
    const database = db();
    const user = await database.user.create({ data: { email: "counter@example.com", name: "Counter" } });
    const stored = await recordPrediction(database, user.id, numberBlock, { lesson: "reference-counting", version: "3.12", predicted: "+07", actual: "7" });
    expect(stored).toMatchObject({ predictId: "some-count", predicted: "+07", actual: "7", correct: true });
    expect(await predictionsOf(database, user.id, "some-count")).toHaveLength(1);
  });
});

describe("the program's answer", () => {
  it("is its last stdout line, stripped; trailing blank lines are not a line", () => {
    expect(programAnswer("True\nFalse\n")).toBe("False");
    expect(programAnswer("1\n  3  \n\n\n")).toBe("3");
    expect(programAnswer("")).toBeNull();
    expect(programAnswer("\n \n")).toBeNull();
    expect(programAnswer(`${"x".repeat(300)}\n`)).toBe(`${"x".repeat(200)}…`);
  });

  it("matches a prediction exactly, or as a number", () => {
    expect(predictionIsRight("False", "False")).toBe(true);
    expect(predictionIsRight("false", "False")).toBe(false);
    expect(predictionIsRight("3", "03")).toBe(true);
    expect(predictionIsRight("-1", "1")).toBe(false);
  });
});
