import { NextResponse } from "next/server";
import { requireOwnedClass } from "@/app/_server/auth/access";
import { UnknownExercises, updateClass, updateClassRequest } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { listExercises } from "@/app/_server/exercises";
import { withAccess } from "@/app/_server/http/access-response";
import { refusalResponse, validatedBody } from "@/app/_server/http/request-guard";

type Context = { params: Promise<{ id: string }> };

/** The class's teacher renames, archives or restores it, or sets its assignment and due date. */
export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  return withAccess(async () => {
    const database = db();
    await requireOwnedClass(database, id);
    const parsed = await validatedBody(request, updateClassRequest);
    if ("response" in parsed) return parsed.response;
    try {
      return NextResponse.json(await updateClass(database, id, parsed.data, new Set(listExercises().map((exercise) => exercise.id))));
    } catch (error) {
      if (error instanceof UnknownExercises) return refusalResponse({ status: 400, reason: `assignment: ${error.message}` });
      throw error;
    }
  });
}
