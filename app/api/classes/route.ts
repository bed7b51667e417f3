import { NextResponse } from "next/server";
import { requireTeacher } from "@/app/_server/auth/access";
import { createClass, createClassRequest } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { withAccess } from "@/app/_server/http/access-response";
import { validatedBody } from "@/app/_server/http/request-guard";

/** A teacher creates a class: `{ name }` → the class with its join code (201). */
export async function POST(request: Request) {
  return withAccess(async () => {
    const teacher = await requireTeacher();
    const parsed = await validatedBody(request, createClassRequest);
    if ("response" in parsed) return parsed.response;
    return NextResponse.json(await createClass(db(), teacher.userId, parsed.data), { status: 201 });
  });
}
