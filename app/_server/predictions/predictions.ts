import { z } from "zod";
import { ANSWER_MAX_CHARS, predictionIsRight, predictionProblem, type PredictionView } from "@/app/_shared/prediction-answer";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import type { Database } from "../database-client";
import type { LessonPredictBlock } from "./predict-blocks";

/**
 * Learners' predictions on predict-then-run blocks: one row per committed prediction, with what
 * CPython printed on the version the learner ran. Plain (not server-only): Vitest runs it on real
 * SQLite and PostgreSQL.
 *
 * `actual` comes from the learner's browser, which ran the block on the engine (real CPython in
 * WebAssembly): it is a preview of CPython's answer, as the browser's Check is a preview of a grade.
 * The server does not run the block again: a prediction is not a grade, the learner gains nothing by
 * reporting a false answer, and the lesson's tests run every block on every version
 * (tests/engine/lesson-blocks.test.ts), so a teacher can compare `actual` with what CPython prints.
 */
export const predictionRequest = z.strictObject({
  lesson: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lesson must be a lesson's slug"),
  version: z.enum(PYTHON_VERSIONS),
  predicted: z.string().trim().min(1, "predicted is empty").max(ANSWER_MAX_CHARS),
  // The program's last stdout line, stripped; "" when it printed nothing. One character more than
  // ANSWER_MAX_CHARS for the ellipsis programAnswer() puts on a longer line.
  actual: z.string().trim().max(ANSWER_MAX_CHARS + 1),
});
export type PredictionRequest = z.infer<typeof predictionRequest>;

export type { PredictionView } from "@/app/_shared/prediction-answer";

/** How many of a learner's predictions on one block GET returns, newest first. */
export const PREDICTIONS_LISTED = 20;

/** Why this request does not fit the block (another lesson, a prediction that is not one of its answers), or null. */
export function requestProblem(block: LessonPredictBlock, request: PredictionRequest): string | null {
  if (request.lesson !== block.lesson) return `predict block '${block.id}' is in lesson '${block.lesson}', not '${request.lesson}'`;
  const problem = predictionProblem(request.predicted, block.choices);
  return problem ? `predicted: ${problem}` : null;
}

function view(row: { predictId: string; lessonSlug: string; pythonVersion: string; predicted: string; actual: string; correct: boolean; createdAt: Date }): PredictionView {
  return {
    predictId: row.predictId,
    lesson: row.lessonSlug,
    python: row.pythonVersion,
    predicted: row.predicted,
    actual: row.actual,
    correct: row.correct,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Stores a prediction (checked with requestProblem first); right or wrong is decided here, from the two answers. */
export async function recordPrediction(database: Database, userId: string, block: LessonPredictBlock, request: PredictionRequest): Promise<PredictionView> {
  const row = await database.prediction.create({
    data: {
      userId,
      lessonSlug: block.lesson,
      predictId: block.id,
      pythonVersion: request.version,
      predicted: request.predicted,
      actual: request.actual,
      correct: predictionIsRight(request.predicted, request.actual),
    },
  });
  return view(row);
}

/** The learner's predictions on one block, newest first. */
export async function predictionsOf(database: Database, userId: string, predictId: string, take = PREDICTIONS_LISTED): Promise<PredictionView[]> {
  const rows = await database.prediction.findMany({ where: { userId, predictId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  return rows.map(view);
}
