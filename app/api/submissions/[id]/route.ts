import { NextResponse } from "next/server";
import { currentLearner } from "@/app/_server/auth/identity";
import { db } from "@/app/_server/db";
import { submissionOf } from "@/app/_server/grading/submissions";

type Context = { params: Promise<{ id: string }> };

/**
 * One of the current learner's submissions: queued, grading, then graded with its verdict (or error).
 * The exercise page polls it after Submit. Anyone else's, or none, is 404: an id says nothing of whose it is.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const database = db();
  const userId = await currentLearner(database);
  const submission = userId ? await submissionOf(database, userId, id) : null;
  if (!submission) return NextResponse.json({ error: `no submission '${id}' of yours` }, { status: 404 });
  return NextResponse.json(submission, { headers: { "cache-control": "no-store" } });
}
