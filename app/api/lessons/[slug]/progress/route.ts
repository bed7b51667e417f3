import { NextResponse } from "next/server";
import { currentLearner, learnerOrGuest, requestIsHttps } from "@/app/_server/auth/identity";
import { db } from "@/app/_server/db";
import { validatedBody } from "@/app/_server/http/request-guard";
import { lessonProgressOf, lessonProgressRequest, setLessonDone } from "@/app/_server/learner-work/lesson-progress";
import { findLesson } from "@/app/_server/lessons";

type Context = { params: Promise<{ slug: string }> };

const unknownLesson = (slug: string) => NextResponse.json({ error: `no lesson '${slug}'` }, { status: 404 });

/** Whether the current learner has marked this lesson done (not done for a visitor without a cookie). */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  if (!findLesson(slug)) return unknownLesson(slug);
  const database = db();
  const userId = await currentLearner(database);
  return NextResponse.json(userId ? await lessonProgressOf(database, userId, slug) : { done: false, completedAt: null });
}

/** Marks the lesson done (or not) for the current learner; a guest's first mark makes them a learner. */
export async function PUT(request: Request, { params }: Context) {
  const { slug } = await params;
  const parsed = await validatedBody(request, lessonProgressRequest);
  if ("response" in parsed) return parsed.response;
  if (!findLesson(slug)) return unknownLesson(slug);
  const database = db();
  const userId = await learnerOrGuest(database, requestIsHttps(request));
  return NextResponse.json(await setLessonDone(database, userId, slug, parsed.data.done));
}
