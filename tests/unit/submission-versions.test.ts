import { beforeEach, expect, it, vi } from "vitest";
import type { Exercise } from "@/engine/grading/exercise";

/**
 * The submissions route refuses a Python version the exercise is not graded on (422, with the
 * versions it is graded on) before it makes a learner, stores a row or runs anything.
 */
const touched = vi.hoisted(() => ({ database: 0, learner: 0 }));
const exercise = vi.hoisted(
  (): Exercise => ({
    id: "newer-only",
    title: "Newer only",
    lesson: null,
    versions: ["3.12", "3.13", "3.14"],
    python: "3.14",
    limits: {},
    prompt: "",
    starter: "",
    hints: [],
    solution: "",
    wrongAttempts: [],
    checks: [],
    contentHash: "",
  }),
);
vi.mock("@/app/_server/exercises", () => ({ findExercise: (id: string) => (id === exercise.id ? exercise : undefined), listExercises: () => [exercise] }));
vi.mock("@/app/_server/db", () => ({
  db: () => {
    touched.database++;
    throw new Error("the database was reached");
  },
}));
vi.mock("@/app/_server/auth/identity", () => ({
  learnerOrGuest: () => {
    touched.learner++;
    throw new Error("a learner was made");
  },
  currentLearner: () => null,
  requestIsHttps: () => false,
}));

const { POST } = await import("@/app/api/exercises/[id]/submissions/route");

const submit = (body: object) =>
  POST(new Request("http://127.0.0.1:3000/api/exercises/newer-only/submissions", { method: "POST", headers: { host: "127.0.0.1:3000", "content-type": "application/json" }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ id: exercise.id }),
  });

beforeEach(() => {
  touched.database = 0;
  touched.learner = 0;
});

it("answers 422 with the reason for a version the exercise is not graded on, and touches nothing", async () => {
  const response = await submit({ code: "pass\n", python: "3.11" });
  expect(response.status).toBe(422);
  expect(await response.json()).toEqual({ error: "“Newer only” is graded on Python 3.12, 3.13 and 3.14, not on Python 3.11." });
  expect(touched).toEqual({ database: 0, learner: 0 });
});

it("goes on to grade a supported version, or the exercise's default when none is named", async () => {
  for (const body of [{ code: "pass\n", python: "3.12" }, { code: "pass\n" }]) {
    await expect(submit(body)).rejects.toThrow("the database was reached");
  }
  expect(touched.database).toBe(2);
});

it("still refuses a version the engine does not have as a malformed request (400)", async () => {
  const response = await submit({ code: "pass\n", python: "3.10" });
  expect(response.status).toBe(400);
});
