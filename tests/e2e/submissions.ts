import type { APIRequestContext } from "@playwright/test";
import type { SubmissionView } from "@/app/_shared/submission-view";
import { expect } from "./offline-test";

/** A submission as the API answers it. */
export type SubmissionAnswer = SubmissionView;

/** Follows a submission (GET /api/submissions/ID) until it is graded or failed; returns the last answer. */
export async function verdictOf(api: APIRequestContext, id: string, timeoutMs = 120_000): Promise<SubmissionAnswer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await api.get(`/api/submissions/${id}`);
    expect(response.status()).toBe(200);
    const answer = (await response.json()) as SubmissionAnswer;
    if (answer.status === "graded" || answer.status === "error") return answer;
    if (Date.now() > deadline) throw new Error(`submission ${id} still ${answer.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Submits (202, queued at once) and waits for the verdict. */
export async function submitAndWait(api: APIRequestContext, exercise: string, data: { code: string; python?: string }): Promise<SubmissionAnswer> {
  const response = await api.post(`/api/exercises/${exercise}/submissions`, { data });
  expect(response.status(), await response.text()).toBe(202);
  const queued = (await response.json()) as SubmissionAnswer;
  expect(queued.status).toBe("queued");
  return verdictOf(api, queued.id);
}
