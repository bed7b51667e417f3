import { z } from "zod";
import { sentence } from "./wording";
import type { Outcome } from "./kind";

/**
 * The probe's answers (engine/probe/heapwise_probe/inspection.py) are read with a schema per kind:
 * a program that interferes with the grader gets an error answer, never a shape the grader misreads.
 * Every answer may be an error instead.
 */
const error = z.object({ error: z.string() });
export type ErrorAnswer = z.infer<typeof error>;

/** A kind's answer schema, or the probe's error. */
export function answerSchema<T extends z.ZodType>(answer: T) {
  return z.union([error, answer]);
}

/** The answer parsed with `schema`, or an error answer saying it was not what the probe writes. */
export function readAnswer<T>(schema: z.ZodType<T>, answer: unknown): T | ErrorAnswer {
  const parsed = schema.safeParse(answer);
  return parsed.success ? parsed.data : { error: "the grader's answer was malformed (the program interfered with it)" };
}

export const isError = (answer: object): answer is ErrorAnswer => "error" in answer;

/** An answer the probe could not give: the program's own error, or its interference with the grader. */
export function unanswered(error: string, what?: string): Outcome {
  if (/interfered/.test(error)) return { passed: false, summary: "Your program interfered with the grader, so this could not be checked." };
  return { passed: false, summary: `${what ?? "This could not be checked"}: ${sentence(error)}` };
}
