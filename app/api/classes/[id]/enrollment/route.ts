import { requireEnrollment } from "@/app/_server/auth/access";
import { leaveClass } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { withAccess } from "@/app/_server/http/access-response";
import { crossSiteRefusal, refusalResponse } from "@/app/_server/http/request-guard";

type Context = { params: Promise<{ id: string }> };

/** A learner leaves a class (their own work stays theirs). */
export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  const refusal = crossSiteRefusal(request);
  if (refusal) return refusalResponse(refusal);
  return withAccess(async () => {
    const database = db();
    const { learner } = await requireEnrollment(database, id);
    await leaveClass(database, id, learner.userId);
    return new Response(null, { status: 204 });
  });
}
