import path from "node:path";
import { describe, expect, it } from "vitest";
import { ATTEMPTS_SHOWN, attemptsOf } from "@/app/_server/learner-work/attempts";
import { deleteDraft, draftOf, draftRequest, saveDraft } from "@/app/_server/learner-work/drafts";
import type { Exercise } from "@/engine/grading/exercise";
import type { GradeResult } from "@/engine/grading/grade";
import { loadExercises } from "@/engine/grading/load-exercises";
import { describeOnEachDatabase } from "../support/each-database";

function twoExercises(): [Exercise, Exercise] {
  const [one, two] = loadExercises(path.join(process.cwd(), "content", "exercises"));
  if (!one || !two) throw new Error("the content needs two exercises");
  return [one, two];
}
const [first, second] = twoExercises();

/** Drafts and attempts behave the same on both providers: SQLite (the default) and PostgreSQL. */
describeOnEachDatabase("learner work", (db) => {
  const learner = (name: string) => db.client.user.create({ data: { email: `${name}@example.com`, name } });

  describe("drafts", () => {
    it("keeps one draft per learner and exercise, replaced by each save, and makes the exercise's row when it is missing", async () => {
      const ada = await learner("ada");
      expect(await db.client.exercise.count()).toBe(0);
      expect(await draftOf(db.client, ada.id, first.id)).toBeNull();

      const saved = await saveDraft(db.client, ada.id, first, "x = 1\n");
      expect(saved.code).toBe("x = 1\n");
      expect(await db.client.exercise.findUnique({ where: { id: first.id } })).toMatchObject({ contentHash: first.contentHash });

      await saveDraft(db.client, ada.id, first, "x = 2\n");
      expect(await draftOf(db.client, ada.id, first.id)).toMatchObject({ code: "x = 2\n" });
      expect(await db.client.draft.count({ where: { userId: ada.id } })).toBe(1);

      await saveDraft(db.client, ada.id, second, "y = [1]\n");
      expect(await draftOf(db.client, ada.id, first.id)).toMatchObject({ code: "x = 2\n" });
      expect(await draftOf(db.client, ada.id, second.id)).toMatchObject({ code: "y = [1]\n" });
    });

    it("keeps each learner's draft their own", async () => {
      const grace = await learner("grace");
      const linus = await learner("linus");
      await saveDraft(db.client, grace.id, first, "grace's\n");
      expect(await draftOf(db.client, linus.id, first.id)).toBeNull();
      await saveDraft(db.client, linus.id, first, "linus's\n");
      expect(await draftOf(db.client, grace.id, first.id)).toMatchObject({ code: "grace's\n" });
    });

    it("forgets a draft on reset, and says whether there was one", async () => {
      const barbara = await learner("barbara");
      await saveDraft(db.client, barbara.id, first, "z = 3\n");
      expect(await deleteDraft(db.client, barbara.id, first.id)).toBe(true);
      expect(await draftOf(db.client, barbara.id, first.id)).toBeNull();
      expect(await deleteDraft(db.client, barbara.id, first.id)).toBe(false);
    });

    it("takes code up to 100,000 characters", () => {
      expect(draftRequest.safeParse({ code: "#".repeat(100_000) }).success).toBe(true);
      expect(draftRequest.safeParse({ code: "#".repeat(100_001) }).success).toBe(false);
      expect(draftRequest.safeParse({ code: 42 }).success).toBe(false);
    });
  });

  describe("attempts", () => {
    it("lists the learner's own submissions newest first, with their code and how many checks passed", async () => {
      const ken = await learner("ken");
      const other = await learner("dennis");
      // A stored grade as grade() writes it, with the verdicts given (the attempts list counts them).
      const checks = (verdicts: boolean[]) =>
        JSON.stringify({
          exerciseId: first.id,
          contentHash: first.contentHash,
          mode: "authoritative",
          python: "3.14",
          passed: verdicts.every(Boolean),
          score: verdicts.filter(Boolean).length / verdicts.length,
          stopped: null,
          checks: verdicts.map((passed, index) => ({ id: `c${index}`, kind: "stdout", title: `Check ${index}`, passed, state: passed ? "passed" : "failed", weight: 1, summary: "", evidence: null })),
          run: { status: "ok", stdout: "", stderr: "", durationMs: 1, engine: "test" },
        } satisfies GradeResult);
      const base = { exerciseId: first.id, contentHash: first.contentHash, pythonVersion: "3.14" };
      await db.client.submission.create({ data: { ...base, userId: ken.id, code: "old\n", status: "graded", score: 0.25, results: checks([true, false, false, false]), createdAt: new Date("2026-12-01T10:00:00Z") } });
      await db.client.submission.create({ data: { ...base, userId: ken.id, code: "new\n", status: "graded", score: 1, results: checks([true, true]), pythonVersion: "3.11", createdAt: new Date("2026-12-02T10:00:00Z") } });
      await db.client.submission.create({ data: { ...base, userId: ken.id, code: "broken grader\n", status: "error", results: JSON.stringify({ error: "worker crashed" }), createdAt: new Date("2026-11-30T10:00:00Z") } });
      await db.client.submission.create({ data: { ...base, userId: other.id, code: "not ken's\n", status: "graded", score: 0, results: checks([false]) } });

      const attempts = await attemptsOf(db.client, ken.id, first.id);
      expect(attempts.map(({ code, passed, failed, pythonVersion, status }) => ({ code, passed, failed, pythonVersion, status }))).toEqual([
        { code: "new\n", passed: 2, failed: 0, pythonVersion: "3.11", status: "graded" },
        { code: "old\n", passed: 1, failed: 3, pythonVersion: "3.14", status: "graded" },
        { code: "broken grader\n", passed: 0, failed: 0, pythonVersion: "3.14", status: "error" },
      ]);
      expect(attempts[0]?.createdAt).toBe("2026-12-02T10:00:00.000Z");
      expect(await attemptsOf(db.client, ken.id, second.id)).toEqual([]);
    });

    it(`shows at most ${ATTEMPTS_SHOWN}`, async () => {
      const many = await learner("many");
      await db.client.submission.createMany({
        data: Array.from({ length: ATTEMPTS_SHOWN + 5 }, (_, index) => ({
          userId: many.id, exerciseId: first.id, contentHash: first.contentHash, pythonVersion: "3.14", code: `# ${index}\n`, createdAt: new Date(Date.UTC(2026, 11, 1, 0, index)),
        })),
      });
      const attempts = await attemptsOf(db.client, many.id, first.id);
      expect(attempts).toHaveLength(ATTEMPTS_SHOWN);
      expect(attempts[0]?.code).toBe(`# ${ATTEMPTS_SHOWN + 4}\n`);
    });
  });
});
