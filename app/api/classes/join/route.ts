import { NextResponse } from "next/server";
import { requireLearnerAccount } from "@/app/_server/auth/access";
import { joinClass, JoinRefused, joinRequest } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { withAccess } from "@/app/_server/http/access-response";
import { validatedBody } from "@/app/_server/http/request-guard";

/** A learner joins the class a code opens (the code typed, or carried by the join link). */
export async function POST(request: Request) {
  return withAccess(async () => {
    const learner = await requireLearnerAccount();
    const parsed = await validatedBody(request, joinRequest);
    if ("response" in parsed) return parsed.response;
    try {
      return NextResponse.json(await joinClass(db(), learner.userId, parsed.data.code));
    } catch (error) {
      if (error instanceof JoinRefused) return NextResponse.json({ error: error.message }, { status: 404 });
      throw error;
    }
  });
}
