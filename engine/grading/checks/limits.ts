import { z } from "zod";
import { base } from "./fields";
import { checkKind } from "./kind";

/** The program ran to its end within the exercise's time, memory and output limits. */
export const limits = checkKind({
  kind: "limits",
  schema: z.object({
    ...base,
    kind: z.literal("limits"),
    // It says only that the program ran, and a program that did not finish scores 0 anyway.
    weight: z.literal(0, { message: "a limits check carries no weight: a program that did not finish scores 0 anyway" }).default(0),
  }),
  role: () => "ran",
  evaluate: () => ({ passed: true, summary: "Your program ran to its end within the time and memory limits." }),
  // A broken limit fails it, with the reason; any other stop leaves it not reached.
  whenStopped: (_check, end) => (end.brokeLimit ? { passed: false, summary: end.reason } : null),
});
