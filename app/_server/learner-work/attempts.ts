import type { SubmissionStatus } from "@/app/_shared/submission-status";
import { countsAsPassed } from "@/engine/grading/check-result";
import type { Database } from "../database-client";
import { readStatus, readStoredResults } from "../grading/stored-results";

/**
 * One submission as the learner's list of attempts shows it: when, on which Python, the score and how
 * many checks passed, and the code (a click loads it back into the editor). The per-check evidence
 * stays on the server: twenty attempts with their traces would weigh down every page.
 */
export type Attempt = {
  id: string;
  createdAt: string;
  pythonVersion: string;
  status: SubmissionStatus;
  score: number | null;
  passed: number;
  failed: number;
  code: string;
};

/** How many attempts the page lists: enough to go back a session, few enough to read. */
export const ATTEMPTS_SHOWN = 20;

type SubmissionRow = { id: string; createdAt: Date; pythonVersion: string; status: string; score: number | null; results: string | null; code: string };

export function attemptOf(row: SubmissionRow): Attempt {
  const checks = readStoredResults(row.results).result?.checks ?? [];
  const passed = checks.filter(countsAsPassed).length;
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    pythonVersion: row.pythonVersion,
    status: readStatus(row.status),
    score: row.score,
    passed,
    failed: checks.length - passed,
    code: row.code,
  };
}

/** The learner's attempts at one exercise, newest first. */
export async function attemptsOf(database: Database, userId: string, exerciseId: string): Promise<Attempt[]> {
  const rows = await database.submission.findMany({
    where: { userId, exerciseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ATTEMPTS_SHOWN,
    select: { id: true, createdAt: true, pythonVersion: true, status: true, score: true, results: true, code: true },
  });
  return rows.map(attemptOf);
}
