import "server-only";
import { NextResponse } from "next/server";
import { AccessDenied } from "../auth/access";

/**
 * Runs a route handler's body and answers an AccessDenied with its status and reason (`{ error }`),
 * as every other refusal is answered; anything else is a server error and propagates.
 */
export async function withAccess(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AccessDenied) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
