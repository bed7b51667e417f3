import { requireStudentOfOwnedClass } from "@/app/_server/auth/access";
import { removeStudent } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { withAccess } from "@/app/_server/http/access-response";
import { crossSiteRefusal, refusalResponse } from "@/app/_server/http/request-guard";

type Context = { params: Promise<{ id: string; studentId: string }> };

/** The class's teacher removes a student from it (the student's work stays theirs). */
export async function DELETE(request: Request, { params }: Context) {
  const { id, studentId } = await params;
  const refusal = crossSiteRefusal(request);
  if (refusal) return refusalResponse(refusal);
  return withAccess(async () => {
    const database = db();
    await requireStudentOfOwnedClass(database, id, studentId);
    await removeStudent(database, id, studentId);
    return new Response(null, { status: 204 });
  });
}
