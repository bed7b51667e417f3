import { NextResponse } from "next/server";
import { db } from "@/app/_server/db";
import { findExercise } from "@/app/_server/exercises";
import { currentLearner, learnerOrGuest } from "@/app/_server/grading/learner";
import { submissionRequest, submissionsOf, submit, UnknownExercise } from "@/app/_server/grading/submissions";

type Context = { params: Promise<{ id: string }> };

/** Grades a submission on the server and stores it for the current learner. */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "the request body must be JSON: { code, python? }" }, { status: 400 });
  }
  const parsed = submissionRequest.safeParse(body);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
    return NextResponse.json({ error: reasons.join("; ") }, { status: 400 });
  }
  // Before any learner is made: a request for nothing leaves nothing behind.
  if (!findExercise(id)) return NextResponse.json({ error: `no exercise '${id}'` }, { status: 404 });
  const database = db();
  try {
    const overHttps = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    const userId = await learnerOrGuest(database, overHttps);
    return NextResponse.json(await submit(database, userId, id, parsed.data), { status: 201 });
  } catch (error) {
    if (error instanceof UnknownExercise) return NextResponse.json({ error: `no exercise '${id}'` }, { status: 404 });
    throw error;
  }
}

/** The current learner's own submissions to this exercise. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const database = db();
  const userId = await currentLearner(database);
  return NextResponse.json(userId ? await submissionsOf(database, userId, id) : []);
}
