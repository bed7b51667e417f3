import { NextResponse } from "next/server";
import { db } from "@/app/_server/db";
import { currentLearner, learnerOrGuest, requestIsHttps } from "@/app/_server/auth/identity";
import { refusalResponse, validatedBody } from "@/app/_server/http/request-guard";
import { findPredictBlock } from "@/app/_server/predictions/predict-blocks";
import { predictionRequest, predictionsOf, recordPrediction, requestProblem } from "@/app/_server/predictions/predictions";

type Context = { params: Promise<{ id: string }> };

const unknownBlock = (id: string) => NextResponse.json({ error: `no predict block '${id}'` }, { status: 404 });

/**
 * Stores the learner's prediction and what their browser's run printed (a preview of CPython's answer:
 * see app/_server/predictions/predictions.ts). A guest's first prediction is what makes them a learner.
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const parsed = await validatedBody(request, predictionRequest);
  if ("response" in parsed) return parsed.response;
  // Before any learner is made: a request for nothing leaves nothing behind.
  const block = findPredictBlock(id);
  if (!block) return unknownBlock(id);
  const problem = requestProblem(block, parsed.data);
  if (problem) return refusalResponse({ status: 400, reason: problem });
  const database = db();
  const userId = await learnerOrGuest(database, requestIsHttps(request));
  return NextResponse.json(await recordPrediction(database, userId, block, parsed.data), { status: 201 });
}

/** The current learner's own predictions on this block, newest first (none for a visitor without a cookie). */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!findPredictBlock(id)) return unknownBlock(id);
  const database = db();
  const userId = await currentLearner(database);
  return NextResponse.json(userId ? await predictionsOf(database, userId, id) : []);
}
