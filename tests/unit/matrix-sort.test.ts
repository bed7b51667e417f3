import { expect, it } from "vitest";
import { nextSort, sortedStudents } from "@/app/_components/teaching/matrix-sort";
import { buildProgressMatrix, studentTotals } from "@/app/_server/classes/progress-matrix";

const students = ["Zoë", "ada", "Émile", "Bob"].map((name, i) => ({ id: `s${i}`, name, email: `${i}@example.org` }));
const exercises = [{ id: "e0", title: "Refs", lessonSlug: null }, { id: "e1", title: "Slots", lessonSlug: null }];
const at = new Date("2026-12-05T10:00:00Z");
const matrix = buildProgressMatrix({
  students,
  exercises,
  submissions: [
    { userId: "s0", exerciseId: "e0", status: "graded", score: 1, createdAt: at },
    { userId: "s0", exerciseId: "e1", status: "graded", score: 1, createdAt: at },
    { userId: "s1", exerciseId: "e0", status: "graded", score: 0.5, createdAt: at },
    { userId: "s3", exerciseId: "e0", status: "graded", score: 1, createdAt: at },
    { userId: "s2", exerciseId: "e0", status: "pending", score: null, createdAt: at },
  ],
  dueAt: null,
});
const totals = studentTotals(matrix);
const names = (order: number[]) => order.map((index) => students[index]?.name);

it("sorts names without regard to case or accents", () => {
  expect(names(sortedStudents(matrix, totals, { column: "name", direction: "ascending" }))).toEqual(["ada", "Bob", "Émile", "Zoë"]);
  expect(names(sortedStudents(matrix, totals, { column: "name", direction: "descending" }))).toEqual(["Zoë", "Émile", "Bob", "ada"]);
});

it("sorts by totals, ties by name", () => {
  expect(names(sortedStudents(matrix, totals, { column: "total", direction: "descending" }))).toEqual(["Zoë", "Bob", "ada", "Émile"]);
});

it("sorts by an exercise's best score, students without one last either way", () => {
  expect(names(sortedStudents(matrix, totals, { column: "exercise", index: 0, direction: "ascending" }))).toEqual(["ada", "Bob", "Zoë", "Émile"]);
  expect(names(sortedStudents(matrix, totals, { column: "exercise", index: 0, direction: "descending" }))).toEqual(["Bob", "Zoë", "ada", "Émile"]);
});

it("turns the sorted column round and starts another ascending", () => {
  const byName = { column: "name", direction: "ascending" } as const;
  expect(nextSort(byName, { column: "name" })).toEqual({ column: "name", direction: "descending" });
  expect(nextSort(byName, { column: "exercise", index: 1 })).toEqual({ column: "exercise", index: 1, direction: "ascending" });
});
