import { NextResponse } from "next/server";
import { db } from "@/app/_server/db";
import { findExercise } from "@/app/_server/exercises";
import { currentLearner, learnerOrGuest, requestIsHttps } from "@/app/_server/grading/learner";
import { submissionRequest, submissionsOf, submit, UnknownExercise } from "@/app/_server/grading/submissions";
import { guardedJson, invalidBody, refusalResponse } from "@/app/_server/http/request-guard";

type Context = { params: Promise<{ id: string }> };

const unknownExercise = (id: string) => NextResponse.json({ error: `no exercise '${id}'` }, { status: 404 });

/** Grades a submission on the server and stores it for the current learner. */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const guarded = await guardedJson(request);
  if ("refusal" in guarded) return refusalResponse(guarded.refusal);
  const parsed = submissionRequest.safeParse(guarded.body);
  if (!parsed.success) return refusalResponse(invalidBody(parsed.error));
  // Before any learner is made: a request for nothing leaves nothing behind.
  if (!findExercise(id)) return unknownExercise(id);
  const database = db();
  try {
    const userId = await learnerOrGuest(database, requestIsHttps(request));
    return NextResponse.json(await submit(database, userId, id, parsed.data), { status: 201 });
  } catch (error) {
    if (error instanceof UnknownExercise) return unknownExercise(id);
    throw error;
  }
}

/** The current learner's own submissions to this exercise (none for a visitor without a cookie). */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!findExercise(id)) return unknownExercise(id);
  const database = db();
  const userId = await currentLearner(database);
  return NextResponse.json(userId ? await submissionsOf(database, userId, id) : []);
}
