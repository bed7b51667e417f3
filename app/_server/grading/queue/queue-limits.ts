/** Submissions one learner may have waiting or being graded at once: past it the route answers 429. */
export const MAX_WAITING_PER_LEARNER = Number(process.env.GRADING_MAX_WAITING ?? 5);

/**
 * Gradings of one submission the queue starts before giving up on it: a grading that never finishes
 * (its worker or the whole server died under it) is retried; a submission that takes its grader down
 * every time is marked "error" after this many, and the learner told so.
 */
export const MAX_GRADING_ATTEMPTS = 3;

/** Gradings run at once in one process: the engine pool's processes (ENGINE_POOL_SIZE, default 2). */
export const GRADERS_PER_PROCESS = Number(process.env.ENGINE_POOL_SIZE ?? 2);
