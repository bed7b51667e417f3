import { z } from "zod";
import { submissionStatus, type SubmissionStatus } from "@/app/_shared/submission-status";
import { jsonOrReason } from "../json-or-reason";

/** How often the page asks after a submission on its way to a verdict. */
const POLL_MS = 400;

/**
 * Follows a submission from queued to its verdict (GET /api/submissions/ID), telling `onStatus`
 * each state it passes through, and returns the last answer (status "graded" or "error").
 */
export async function awaitVerdict(id: string, onStatus: (status: SubmissionStatus) => void, signal?: AbortSignal): Promise<unknown> {
  for (;;) {
    const body = await jsonOrReason(await fetch(`/api/submissions/${encodeURIComponent(id)}`, { cache: "no-store", signal }));
    const status = z.object({ status: submissionStatus }).parse(body).status;
    onStatus(status);
    if (status === "graded" || status === "error") return body;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
