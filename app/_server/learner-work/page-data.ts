import "server-only";
import { db } from "../db";
import { currentLearner } from "../auth/identity";
import { attemptsOf, type Attempt } from "./attempts";
import { draftOf } from "./drafts";

export type LearnerWork = { draft: string | null; attempts: Attempt[] };

/**
 * What the current learner has done on an exercise, for the server to render into the page: their
 * draft (so the editor opens on their code, with no flash of the starter) and their attempts. A
 * request without a learner's cookie reads nothing and makes no one: pages never create users.
 */
export async function learnerWorkOn(exerciseId: string): Promise<LearnerWork> {
  const database = db();
  const userId = await currentLearner(database);
  if (!userId) return { draft: null, attempts: [] };
  const [draft, attempts] = await Promise.all([draftOf(database, userId, exerciseId), attemptsOf(database, userId, exerciseId)]);
  return { draft: draft?.code ?? null, attempts };
}
