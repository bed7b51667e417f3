import "server-only";
import { db } from "../db";
import { currentLearner } from "../auth/identity";
import { predictionsOf, type PredictionView } from "./predictions";

/**
 * The current learner's last prediction on a block, for the server to render into the lesson, so that
 * after a reload the block shows what they predicted and what CPython printed. A request without a
 * learner's cookie reads nothing and makes no one.
 */
export async function lastPredictionOn(predictId: string): Promise<PredictionView | null> {
  const database = db();
  const userId = await currentLearner(database);
  if (!userId) return null;
  const [last] = await predictionsOf(database, userId, predictId, 1);
  return last ?? null;
}
