import { NextResponse } from "next/server";
import { db } from "@/app/_server/db";
import { findExercise } from "@/app/_server/exercises";
import { currentLearner, learnerOrGuest, requestIsHttps } from "@/app/_server/auth/identity";
import { submissionRequest, submissionsOf, submit, TooManyWaiting, UnknownExercise, UnsupportedVersion } from "@/app/_server/grading/submissions";
import { validatedBody } from "@/app/_server/http/request-guard";
import { unsupportedVersion } from "@/engine/grading/exercise";

type Context = { params: Promise<{ id: string }> };

const unknownExercise = (id: string) => NextResponse.json({ error: `no exercise '${id}'` }, { status: 404 });
/** A well-formed request this exercise cannot take: a Python version it is not graded on. */
const unprocessable = (reason: string) => NextResponse.json({ error: reason }, { status: 422 });

/**
 * Stores a submission for the current learner and queues it for grading: 202 with its id at once
 * (GET /api/submissions/ID follows it to its verdict); 422 for a version the exercise is not graded
 * on; 429 when the learner already has too many waiting.
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const parsed = await validatedBody(request, submissionRequest);
  if ("response" in parsed) return parsed.response;
  // Before any learner is made: a request for nothing leaves nothing behind.
  const exercise = findExercise(id);
  if (!exercise) return unknownExercise(id);
  const unsupported = unsupportedVersion(exercise, parsed.data.python ?? exercise.python);
  if (unsupported) return unprocessable(unsupported);
  const database = db();
  try {
    const userId = await learnerOrGuest(database, requestIsHttps(request));
    return NextResponse.json(await submit(database, userId, id, parsed.data), { status: 202 });
  } catch (error) {
    if (error instanceof UnknownExercise) return unknownExercise(id);
    if (error instanceof UnsupportedVersion) return unprocessable(error.message);
    if (error instanceof TooManyWaiting) return NextResponse.json({ error: error.message }, { status: 429 });
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
