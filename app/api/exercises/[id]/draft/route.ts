import { NextResponse } from "next/server";
import { db } from "@/app/_server/db";
import { findExercise } from "@/app/_server/exercises";
import { currentLearner, learnerOrGuest, requestIsHttps } from "@/app/_server/auth/identity";
import { crossSiteRefusal, refusalResponse, validatedBody } from "@/app/_server/http/request-guard";
import { deleteDraft, draftOf, draftRequest, saveDraft } from "@/app/_server/learner-work/drafts";

type Context = { params: Promise<{ id: string }> };

const unknownExercise = (id: string) => NextResponse.json({ error: `no exercise '${id}'` }, { status: 404 });

/** The current learner's draft of this exercise: `{ code, updatedAt }`, or null when there is none. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!findExercise(id)) return unknownExercise(id);
  const database = db();
  const userId = await currentLearner(database);
  return NextResponse.json(userId ? await draftOf(database, userId, id) : null);
}

/** Saves the learner's code as they type; a guest's first save is what makes them a learner. */
export async function PUT(request: Request, { params }: Context) {
  const { id } = await params;
  const parsed = await validatedBody(request, draftRequest);
  if ("response" in parsed) return parsed.response;
  const exercise = findExercise(id);
  if (!exercise) return unknownExercise(id);
  const database = db();
  const userId = await learnerOrGuest(database, requestIsHttps(request));
  return NextResponse.json(await saveDraft(database, userId, exercise, parsed.data.code));
}

/** Forgets the draft (back to the starter code). A visitor without a learner has none to forget. */
export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  const refusal = crossSiteRefusal(request);
  if (refusal) return refusalResponse(refusal);
  if (!findExercise(id)) return unknownExercise(id);
  const database = db();
  const userId = await currentLearner(database);
  if (userId) await deleteDraft(database, userId, id);
  return new Response(null, { status: 204 });
}
