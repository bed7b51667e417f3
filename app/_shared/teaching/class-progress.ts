/**
 * What a teacher's dashboard shows of one class, as plain JSON the server builds and the client
 * renders: the progress matrix (students × the exercises the class's assignment counts), the
 * predictions the class made on predict-then-run questions, and one student's attempts at one
 * exercise. Shared by app/_server/classes/ (which builds it) and app/_components/teaching/ (which
 * draws it); nothing here touches the database.
 */
import type { GradeResult } from "@/engine/grading/grade";
import type { SubmissionStatus } from "../submission-status";

/**
 * A cell's state, which colours it:
 * - "passed": the best graded attempt scored 1;
 * - "partial": graded, best score above 0 and below 1;
 * - "failing": graded attempts, all scoring 0;
 * - "pending": attempts, none graded yet (grading, or the grader failed);
 * - "none": no attempt.
 */
export type CellState = "passed" | "partial" | "failing" | "pending" | "none";

export type MatrixCell = {
  /** The best score of the graded attempts, 0..1; null when none is graded. */
  bestScore: number | null;
  attempts: number;
  /** ISO time of the latest attempt, null when none. */
  lastAttemptAt: string | null;
  /** ISO time of the first attempt that scored 1, null when none did. */
  firstPassedAt: string | null;
  state: CellState;
};

export type MatrixStudent = { id: string; name: string; email: string };
export type MatrixExercise = { id: string; title: string; lessonSlug: string | null };

export type ProgressMatrix = {
  students: MatrixStudent[];
  exercises: MatrixExercise[];
  /** cells[s][e] is students[s]'s work on exercises[e]. */
  cells: MatrixCell[][];
  /** The assignment's due date (ISO), if it has one: attempts after it are late. */
  dueAt: string | null;
};

/** One predict-then-run question and how the class answered it, against what CPython printed. */
export type ClassPrediction = {
  predictId: string;
  lessonSlug: string;
  lessonTitle: string;
  question: string;
  /** The choices the block offers, in its order; empty for a whole-number answer. */
  choices: string[];
  /** CPython's answer per version the class ran it on, from the learners' runs ("3.14" → "True"). */
  cpython: Record<string, string>;
  /** How many students' latest prediction was each answer (predicted text → count). */
  counts: Record<string, number>;
  /** Students who predicted at all (each counted once, by their latest prediction). */
  students: number;
};

/** One graded (or failed) submission as the teacher's attempt view shows it. */
export type TeacherAttempt = {
  id: string;
  createdAt: string;
  pythonVersion: string;
  status: SubmissionStatus;
  score: number | null;
  code: string;
  /** Per-check verdicts with their evidence; null when grading failed or has not finished. */
  result: GradeResult | null;
  /** Why grading failed, when it did (the grader's message, not the learner's). */
  error: string | null;
};
