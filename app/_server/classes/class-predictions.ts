import { canonicalAnswer } from "@/app/_shared/prediction-answer";
import type { ClassPrediction } from "@/app/_shared/teaching/class-progress";
import { compareVersions } from "@/app/_shared/teaching/cpython-versions";

/**
 * How a class answered the course's predict-then-run questions, from stored predictions. Pure: the
 * caller reads the blocks (app/_server/predictions/predict-blocks.ts), the class's students and their
 * predictions; plain (not server-only) so that Vitest runs it on constructed inputs.
 */

/** A predict block as the teacher sees it: its lesson, question and choices (none for a whole-number answer). */
export type ClassPredictBlock = { id: string; lesson: string; lessonTitle: string; question: string; choices: string[] };

/** A stored prediction, as the Prediction table holds it. */
export type StoredPrediction = { userId: string; predictId: string; predicted: string; actual: string; pythonVersion: string; createdAt: Date };

export type ClassPredictionsInput = { blocks: ClassPredictBlock[]; predictions: StoredPrediction[]; studentIds: string[] };

/**
 * One ClassPrediction per block, in the blocks' order. Only the listed students count (a teacher who
 * tried the lesson, or a learner who left the class, does not), and each student counts once per
 * block, by their latest prediction: a learner who changed their mind is counted by their last answer.
 */
export function classPredictions({ blocks, predictions, studentIds }: ClassPredictionsInput): ClassPrediction[] {
  const students = new Set(studentIds);
  const byBlock = new Map<string, StoredPrediction[]>();
  for (const prediction of predictions) {
    if (!students.has(prediction.userId)) continue;
    const list = byBlock.get(prediction.predictId);
    if (list) list.push(prediction);
    else byBlock.set(prediction.predictId, [prediction]);
  }
  return blocks.map((block) => summarize(block, byBlock.get(block.id) ?? []));
}

function summarize(block: ClassPredictBlock, predictions: StoredPrediction[]): ClassPrediction {
  // A whole-number answer is compared as a number ("+07" is "7"), as predictionIsRight() compares it;
  // a choice is one of the block's strings, as written.
  const answer = block.choices.length > 0 ? (text: string) => text.trim() : canonicalAnswer;
  const latest = latestPer(predictions, (prediction) => prediction.userId);
  const counts = new Map<string, number>();
  for (const prediction of latest) {
    const predicted = answer(prediction.predicted);
    counts.set(predicted, (counts.get(predicted) ?? 0) + 1);
  }
  return {
    predictId: block.id,
    lessonSlug: block.lesson,
    lessonTitle: block.lessonTitle,
    question: block.question,
    choices: [...block.choices],
    cpython: cpythonAnswers(predictions, answer),
    // fromEntries defines each key as an own property, so that an answer such as "__proto__" is counted too.
    counts: Object.fromEntries(counts),
    students: latest.length,
  };
}

/**
 * What CPython printed on each version, from what the learners' browsers reported (real CPython in
 * WebAssembly; the server does not run blocks again). Each student's latest report on a version counts
 * once, so that one learner's repeated runs cannot outvote the class; the answer most often reported
 * wins, ties going to the one reported last. An empty `actual` is a run that printed nothing (it was
 * stopped or failed), not an answer.
 */
function cpythonAnswers(predictions: StoredPrediction[], answer: (text: string) => string): Record<string, string> {
  const reports = latestPer(
    predictions.filter((prediction) => prediction.actual.trim() !== ""),
    (prediction) => JSON.stringify([prediction.pythonVersion, prediction.userId]),
  );
  const tallies = new Map<string, Map<string, { count: number; last: number }>>();
  for (const report of reports) {
    const tally = tallies.get(report.pythonVersion) ?? new Map<string, { count: number; last: number }>();
    tallies.set(report.pythonVersion, tally);
    const actual = answer(report.actual);
    const seen = tally.get(actual);
    const time = report.createdAt.getTime();
    tally.set(actual, { count: (seen?.count ?? 0) + 1, last: Math.max(seen?.last ?? time, time) });
  }
  const versions = [...tallies].sort(([a], [b]) => compareVersions(a, b));
  return Object.fromEntries(versions.map(([version, tally]) => [version, mostReported(tally)]));
}

function mostReported(tally: Map<string, { count: number; last: number }>): string {
  let best = { answer: "", count: 0, last: -Infinity };
  for (const [answer, { count, last }] of tally) {
    if (count > best.count || (count === best.count && last > best.last)) best = { answer, count, last };
  }
  return best.answer;
}

/** The latest item per key (by createdAt; of two at the same instant, the later in the list). */
function latestPer(predictions: StoredPrediction[], key: (prediction: StoredPrediction) => string): StoredPrediction[] {
  const latest = new Map<string, StoredPrediction>();
  for (const prediction of predictions) {
    const k = key(prediction);
    const held = latest.get(k);
    if (!held || prediction.createdAt.getTime() >= held.createdAt.getTime()) latest.set(k, prediction);
  }
  return [...latest.values()];
}
