import { describe, expect, it } from "vitest";
import { type MatrixSubmission, buildProgressMatrix, exercisePassRates, isLate, studentTotals } from "@/app/_server/classes/progress-matrix";

const ada = { id: "ada", name: "Ada Lovelace", email: "ada@example.org" };
const alan = { id: "alan", name: "Alan Turing", email: "alan@example.org" };
const refs = { id: "refs", title: "Count the references", lessonSlug: "references" };
const cycles = { id: "cycles", title: "Break the cycle", lessonSlug: null };

const at = (time: string) => new Date(`2026-12-05T${time}:00.000Z`);
const graded = (userId: string, exerciseId: string, score: number, time: string): MatrixSubmission => ({ userId, exerciseId, status: "graded", score, createdAt: at(time) });
const ungraded = (userId: string, exerciseId: string, status: string, time: string): MatrixSubmission => ({ userId, exerciseId, status, score: null, createdAt: at(time) });

describe("buildProgressMatrix", () => {
  it("gives each cell the state its graded attempts earn", () => {
    const matrix = buildProgressMatrix({
      students: [ada, alan],
      exercises: [refs, cycles],
      submissions: [
        graded("ada", "refs", 0.4, "10:00"),
        graded("ada", "refs", 1, "11:00"),
        graded("ada", "cycles", 0, "10:00"),
        graded("ada", "cycles", 0.5, "12:00"),
        graded("alan", "refs", 0, "10:00"),
        graded("alan", "refs", 0, "10:30"),
      ],
      dueAt: null,
    });
    expect(matrix.cells.map((row) => row.map((cell) => cell.state))).toEqual([
      ["passed", "partial"],
      ["failing", "none"],
    ]);
    expect(matrix.cells[0]?.[1]?.bestScore).toBe(0.5);
    expect(matrix.cells[1]?.[0]?.bestScore).toBe(0);
    expect(matrix.cells[1]?.[1]).toEqual({ bestScore: null, attempts: 0, lastAttemptAt: null, firstPassedAt: null, state: "none" });
  });

  it("counts rows still grading or whose grader failed as attempts, not scores", () => {
    const matrix = buildProgressMatrix({
      students: [ada],
      exercises: [refs, cycles],
      submissions: [
        ungraded("ada", "refs", "pending", "10:00"),
        ungraded("ada", "refs", "grading", "10:05"),
        ungraded("ada", "refs", "error", "10:10"),
        // A score on a row that is not graded (a regrade in progress) does not count either.
        { userId: "ada", exerciseId: "cycles", status: "grading", score: 1, createdAt: at("09:00") },
        graded("ada", "cycles", 0.25, "08:00"),
      ],
      dueAt: null,
    });
    const [pending, partial] = matrix.cells[0] ?? [];
    expect(pending).toEqual({ bestScore: null, attempts: 3, lastAttemptAt: "2026-12-05T10:10:00.000Z", firstPassedAt: null, state: "pending" });
    expect(partial).toMatchObject({ bestScore: 0.25, attempts: 2, lastAttemptAt: "2026-12-05T09:00:00.000Z", state: "partial" });
  });

  it("keeps the best score and the first pass whatever order the rows come in", () => {
    const matrix = buildProgressMatrix({
      students: [ada],
      exercises: [refs],
      submissions: [graded("ada", "refs", 1, "15:00"), graded("ada", "refs", 0.2, "16:00"), graded("ada", "refs", 1, "12:00"), graded("ada", "refs", 0.9, "09:00")],
      dueAt: null,
    });
    expect(matrix.cells[0]?.[0]).toEqual({
      bestScore: 1,
      attempts: 4,
      lastAttemptAt: "2026-12-05T16:00:00.000Z",
      firstPassedAt: "2026-12-05T12:00:00.000Z",
      state: "passed",
    });
  });

  it("ignores submissions by students or to exercises not in the lists", () => {
    const matrix = buildProgressMatrix({
      students: [ada],
      exercises: [refs],
      submissions: [graded("mallory", "refs", 1, "10:00"), graded("ada", "elsewhere", 1, "10:00"), graded("ada", "refs", 0.5, "10:00")],
      dueAt: null,
    });
    expect(matrix.students).toEqual([ada]);
    expect(matrix.exercises).toEqual([refs]);
    expect(matrix.cells).toEqual([[{ bestScore: 0.5, attempts: 1, lastAttemptAt: "2026-12-05T10:00:00.000Z", firstPassedAt: null, state: "partial" }]]);
  });

  it("keeps the lists' order and passes the due date on as ISO", () => {
    const matrix = buildProgressMatrix({ students: [alan, ada], exercises: [cycles, refs], submissions: [graded("ada", "refs", 1, "10:00")], dueAt: at("12:00") });
    expect(matrix.dueAt).toBe("2026-12-05T12:00:00.000Z");
    expect(matrix.cells[1]?.[1]?.state).toBe("passed");
    expect(matrix.cells[0]?.[0]?.state).toBe("none");
  });
});

describe("isLate", () => {
  const matrix = buildProgressMatrix({
    students: [ada, alan],
    exercises: [refs, cycles],
    submissions: [
      // Ada passed refs on time and tried again after the due date; her cycles attempt was late.
      graded("ada", "refs", 1, "10:00"),
      graded("ada", "refs", 0.5, "13:00"),
      graded("ada", "cycles", 0.5, "13:00"),
      // Alan passed refs only after the due date, and tried cycles in time.
      graded("alan", "refs", 0.5, "10:00"),
      graded("alan", "refs", 1, "12:30"),
      graded("alan", "cycles", 0, "11:59"),
    ],
    dueAt: at("12:00"),
  });
  const late = matrix.cells.map((row) => row.map((cell) => isLate(cell, matrix.dueAt)));

  it("marks work whose first pass, or latest attempt when it never passed, came after the due date", () => {
    expect(late).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it("marks nothing without a due date", () => {
    expect(matrix.cells.flat().some((cell) => isLate(cell, null))).toBe(false);
  });
});

describe("totals and pass rates", () => {
  const matrix = buildProgressMatrix({
    students: [ada, alan],
    exercises: [refs, cycles],
    submissions: [graded("ada", "refs", 1, "10:00"), graded("ada", "cycles", 0.5, "10:00"), graded("alan", "refs", 1, "10:00"), ungraded("alan", "cycles", "error", "10:00")],
    dueAt: null,
  });

  it("counts each student's passes and averages their best scores over every exercise", () => {
    expect(studentTotals(matrix)).toEqual([
      { passed: 1, meanBestScore: 0.75 },
      // The ungraded attempt counts 0 in the mean.
      { passed: 1, meanBestScore: 0.5 },
    ]);
  });

  it("gives each exercise the share of students who passed it", () => {
    expect(exercisePassRates(matrix)).toEqual([1, 0]);
  });

  it("has no mean without exercises and no pass rate without students", () => {
    const noExercises = buildProgressMatrix({ students: [ada], exercises: [], submissions: [], dueAt: null });
    expect(studentTotals(noExercises)).toEqual([{ passed: 0, meanBestScore: null }]);
    const noStudents = buildProgressMatrix({ students: [], exercises: [refs], submissions: [], dueAt: null });
    expect(exercisePassRates(noStudents)).toEqual([0]);
  });
});
