import { z } from "zod";

/**
 * The probe's answers (engine/probe/heapwise_probe/inspection.py), validated: a program that
 * interferes with the grader gets an error answer, never a shape the grader misreads.
 */
const error = z.object({ error: z.string() });
export const aliveAnswer = z.union([error, z.object({ count: z.number(), chain: z.array(z.string()).nullable() })]);
export const sizeofAnswer = z.union([error, z.object({ size: z.number().nullable(), size64: z.number().nullable(), type: z.string() })]);
export const weakrefAnswer = z.union([error, z.object({ dead: z.boolean(), referent: z.string().nullable() })]);
export const callAnswer = z.union([error, z.object({ value: z.unknown() })]);
export const structureAnswer = z.union([
  error,
  z.object({
    slots: z.record(z.string(), z.number()),
    generators: z.array(z.number()),
    with: z.array(z.number()),
    opensOutsideWith: z.array(z.number()),
    growingGlobals: z.array(z.tuple([z.string(), z.number()])),
    dynamicCode: z.array(z.number()),
  }),
]);
export const collectedAnswer = z.union([error, z.object({ collected: z.number() })]);

export type ErrorAnswer = z.infer<typeof error>;

/** The answer parsed with `schema`, or an error answer saying it was not what the probe writes. */
export function readAnswer<T>(schema: z.ZodType<T>, answer: unknown): T | ErrorAnswer {
  const parsed = schema.safeParse(answer);
  return parsed.success ? parsed.data : { error: "the grader's answer was malformed (the program interfered with it)" };
}

export const isError = (answer: object): answer is ErrorAnswer => "error" in answer;
