import { expect, it } from "vitest";
import { buildProgressMatrix } from "@/app/_server/classes/progress-matrix";
import { progressMatrixOf } from "@/app/_server/classes/progress-query";
import { describeOnEachDatabase } from "../support/each-database";

/**
 * The dashboard's queries (students, then three GROUP BYs) give the same matrix as folding every
 * submission in JavaScript, on a real database: SQLite and PostgreSQL alike.
 */
describeOnEachDatabase("progress matrix queries", (db) => {
  it("match the matrix folded from every submission", async () => {
    const database = db.client;
    const teacher = await database.user.create({ data: { email: "t@example.org", name: "T", role: "teacher" } });
    const klass = await database.class.create({ data: { name: "C", joinCode: "QUERYTST", teacherId: teacher.id } });
    const outsider = await database.user.create({ data: { email: "o@example.org", name: "Outsider" } });
    const students = [];
    for (let i = 0; i < 6; i++) {
      const user = await database.user.create({ data: { email: `s${i}@example.org`, name: `Student ${i}` } });
      await database.enrollment.create({ data: { classId: klass.id, userId: user.id } });
      students.push(user);
    }
    const exercises = ["e-one", "e-two", "e-three"].map((id) => ({ id, title: id, lessonSlug: null }));
    for (const exercise of [...exercises, { id: "e-unassigned" }]) await database.exercise.create({ data: { id: exercise.id, title: exercise.id, contentHash: "h" } });
    // Every kind of row: graded at 0, partial and full marks, still grading, failed grader, from others and to other exercises.
    const kinds = [
      { status: "graded", score: 0 },
      { status: "graded", score: 0.5 },
      { status: "graded", score: 1 },
      { status: "grading", score: null },
      { status: "error", score: null },
    ];
    let n = 0;
    for (const [s, student] of [...students, outsider].entries()) {
      for (const [e, exercise] of [...exercises, { id: "e-unassigned" }].entries()) {
        for (let k = 0; k < (s + e) % 4; k++) {
          const kind = kinds[(s * 7 + e * 3 + k) % kinds.length] ?? { status: "error", score: null };
          await database.submission.create({
            data: { userId: student.id, exerciseId: exercise.id, code: "x\n", contentHash: "h", pythonVersion: "3.14", ...kind, createdAt: new Date(Date.UTC(2026, 10, 1, 8, n++)) },
          });
        }
      }
    }
    const dueAt = new Date(Date.UTC(2026, 10, 1, 8, 30));
    const fromQueries = await progressMatrixOf(database, klass.id, exercises, dueAt);
    const rows = await database.submission.findMany({ select: { userId: true, exerciseId: true, status: true, score: true, createdAt: true } });
    const folded = buildProgressMatrix({ students: fromQueries.students, exercises, submissions: rows, dueAt });
    expect(fromQueries).toEqual(folded);
    expect(fromQueries.students.map((student) => student.name)).toEqual(students.map((student) => student.name));
    const states = new Set(fromQueries.cells.flat().map((cell) => cell.state));
    expect([...states].sort()).toEqual(["failing", "none", "partial", "passed", "pending"]);
  });
});

