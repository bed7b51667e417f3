/**
 * The progress matrix of a class (students × the exercises its assignment counts), built from the
 * students' submissions, and the figures drawn beside it: each exercise's pass rate, each student's
 * totals, whether a cell's work came after the due date.
 *
 * Plain functions over plain data, without "server-only": the page builds the matrix on the server,
 * the client component and the CSV export read the helpers, and Vitest imports them directly.
 */
import type { CellState, MatrixCell, MatrixExercise, MatrixStudent, ProgressMatrix } from "@/app/_shared/teaching/class-progress";

/** One submission as the database holds it: only the fields the matrix reads. */
export type MatrixSubmission = {
  userId: string;
  exerciseId: string;
  /** "pending" | "grading" | "graded" | "error": only graded rows have a score that counts. */
  status: string;
  score: number | null;
  createdAt: Date;
};

export type ProgressMatrixInput = {
  students: MatrixStudent[];
  exercises: MatrixExercise[];
  submissions: MatrixSubmission[];
  dueAt: Date | null;
};

/** A cell while the submissions are read: times as epoch milliseconds, so comparing costs nothing. */
type Tally = { best: number | null; attempts: number; last: number | null; firstPassed: number | null };

/**
 * One student's work on one exercise, summed up: what the database's GROUP BY gives
 * (app/_server/classes/progress-query.ts), and what the submissions fold into here.
 */
export type CellSummary = {
  userId: string;
  exerciseId: string;
  attempts: number;
  lastAttemptAt: Date | null;
  /** The best score among graded attempts; null when none is graded. */
  bestScore: number | null;
  /** The first graded attempt that scored 1. */
  firstPassedAt: Date | null;
};

export type SummaryMatrixInput = Omit<ProgressMatrixInput, "submissions"> & { summaries: CellSummary[] };

function stateOf(tally: Tally): CellState {
  if (tally.best !== null) return tally.best >= 1 ? "passed" : tally.best > 0 ? "partial" : "failing";
  return tally.attempts > 0 ? "pending" : "none";
}

const isoOrNull = (time: number | null) => (time === null ? null : new Date(time).toISOString());
const emptyTally = (): Tally => ({ best: null, attempts: 0, last: null, firstPassed: null });

/** The tallies of a students × exercises grid, and where a student's work on an exercise goes in it. */
function grid(students: MatrixStudent[], exercises: MatrixExercise[]) {
  const studentIndex = new Map(students.map((student, index) => [student.id, index]));
  const exerciseIndex = new Map(exercises.map((exercise, index) => [exercise.id, index]));
  const width = exercises.length;
  const tallies: Tally[] = Array.from({ length: students.length * width }, emptyTally);
  const tallyOf = (userId: string, exerciseId: string): Tally | undefined => {
    const row = studentIndex.get(userId);
    const column = exerciseIndex.get(exerciseId);
    return row === undefined || column === undefined ? undefined : tallies[row * width + column];
  };
  return { tallies, width, tallyOf };
}

function matrixOf(students: MatrixStudent[], exercises: MatrixExercise[], tallies: Tally[], width: number, dueAt: Date | null): ProgressMatrix {
  const cells: MatrixCell[][] = students.map((_, row) =>
    exercises.map((_, column): MatrixCell => {
      const tally = tallies[row * width + column] ?? emptyTally();
      return {
        bestScore: tally.best,
        attempts: tally.attempts,
        lastAttemptAt: isoOrNull(tally.last),
        firstPassedAt: isoOrNull(tally.firstPassed),
        state: stateOf(tally),
      };
    }),
  );
  return { students, exercises, cells, dueAt: dueAt ? dueAt.toISOString() : null };
}

/**
 * Every student's work on every exercise, in the order of the lists given. One pass over the
 * submissions into tallies found through two id → index maps, then one pass over the cells: linear
 * in students × exercises + submissions (a class of 200 with 40 exercises has tens of thousands of
 * rows). Submissions by someone not in `students`, or to an exercise not in `exercises`, are skipped.
 */
export function buildProgressMatrix(input: ProgressMatrixInput): ProgressMatrix {
  const { students, exercises, submissions, dueAt } = input;
  const { tallies, width, tallyOf } = grid(students, exercises);
  for (const submission of submissions) {
    const tally = tallyOf(submission.userId, submission.exerciseId);
    if (!tally) continue;
    const time = submission.createdAt.getTime();
    tally.attempts += 1;
    if (tally.last === null || time > tally.last) tally.last = time;
    // A row still grading, or whose grader failed, is an attempt but says nothing of the code's worth.
    if (submission.status !== "graded" || submission.score === null) continue;
    if (tally.best === null || submission.score > tally.best) tally.best = submission.score;
    if (submission.score >= 1 && (tally.firstPassed === null || time < tally.firstPassed)) tally.firstPassed = time;
  }
  return matrixOf(students, exercises, tallies, width, dueAt);
}

/** The same matrix from per-cell summaries (the database summed the submissions up). */
export function progressMatrixFromSummaries(input: SummaryMatrixInput): ProgressMatrix {
  const { students, exercises, summaries, dueAt } = input;
  const { tallies, width, tallyOf } = grid(students, exercises);
  for (const summary of summaries) {
    const tally = tallyOf(summary.userId, summary.exerciseId);
    if (!tally) continue;
    tally.attempts = summary.attempts;
    tally.last = summary.lastAttemptAt?.getTime() ?? null;
    tally.best = summary.bestScore;
    tally.firstPassed = summary.firstPassedAt?.getTime() ?? null;
  }
  return matrixOf(students, exercises, tallies, width, dueAt);
}

/**
 * Whether a cell's work came after the due date: its first pass did, or, when it never passed, its
 * latest attempt did. Trying again after passing on time is not late.
 */
export function isLate(cell: MatrixCell, dueAt: string | null): boolean {
  if (dueAt === null) return false;
  const due = Date.parse(dueAt);
  const decisive = cell.firstPassedAt ?? cell.lastAttemptAt;
  return decisive !== null && Date.parse(decisive) > due;
}

/** Each exercise's pass rate, 0..1: the share of the class whose cell is "passed" (0 with no students). */
export function exercisePassRates(matrix: ProgressMatrix): number[] {
  const passed = matrix.exercises.map(() => 0);
  for (const row of matrix.cells) {
    row.forEach((cell, column) => {
      if (cell.state === "passed") passed[column] = (passed[column] ?? 0) + 1;
    });
  }
  const students = matrix.students.length;
  return passed.map((count) => (students === 0 ? 0 : count / students));
}

export type StudentTotals = {
  /** How many of the matrix's exercises the student passed. */
  passed: number;
  /**
   * The mean of the student's best scores over every exercise the matrix counts, 0..1, an exercise
   * without a graded attempt counting 0: it is the assignment's score, not the mean of what was
   * tried (one exercise done perfectly is not 100% of forty). Null when the matrix has no exercises.
   */
  meanBestScore: number | null;
};

/** Each student's totals, in the order of `matrix.students`. */
export function studentTotals(matrix: ProgressMatrix): StudentTotals[] {
  const exercises = matrix.exercises.length;
  return matrix.cells.map((row) => {
    let passed = 0;
    let sum = 0;
    for (const cell of row) {
      if (cell.state === "passed") passed += 1;
      sum += cell.bestScore ?? 0;
    }
    return { passed, meanBestScore: exercises === 0 ? null : sum / exercises };
  });
}
