import { z } from "zod";
import type { Trace } from "../../trace/schema";
import type { Evidence } from "../check-result";
import { describeBounds, withinBounds } from "./bounds";
import { base, bound, bounded } from "./fields";
import { checkKind } from "./kind";
import { answerSchema, isError, readAnswer, unanswered } from "./probe-answer";
import { plural } from "./wording";

/** What it asks the probe (answered by `collected` in inspection.py). */
export type CollectedQuestion = { kind: "collected" };
export const COLLECTED_QUESTION: CollectedQuestion = { kind: "collected" };
const answer = answerSchema(z.object({ collected: z.number() }));

/** How many objects the cyclic garbage collector freed while the program ran (gc.get_stats() totals). */
export const collected = checkKind({
  kind: "collected",
  schema: bounded(z.object({ ...base, kind: z.literal("collected"), ...bound })),
  // "Collected at least 0" holds for a program that does nothing.
  role: (check) => (withinBounds(0, check) ? "alongside" : "standalone"),
  questions: (): CollectedQuestion[] => [COLLECTED_QUESTION],
  // Answering an alive question runs a collection of the grader's own, which must not count.
  asksFirst: true,
  evaluate(check, { result, answers }) {
    const read = readAnswer(answer, answers[0]);
    if (isError(read)) return unanswered(read.error);
    const count = read.collected - (result.inspection?.collectedBefore ?? read.collected);
    const passed = withinBounds(count, check);
    const freed = `The garbage collector freed ${plural(count, "object")} while your program ran`;
    return {
      passed,
      summary: passed ? `${freed} (${describeBounds(check)} expected).` : `${freed}; it should free ${describeBounds(check)}.`,
      evidence: passed ? undefined : collections(result.trace),
    };
  },
});

/** The collections that ran, when the trace followed the whole program (past its step cap it records none). */
function collections(trace: Trace | null): Evidence | undefined {
  if (!trace || trace.truncated) return undefined;
  if (trace.gcEvents.length === 0) return { note: "No collection ran while your program ran: the collector frees a cycle only when it runs (gc.collect() runs it now)." };
  const runs = trace.gcEvents.map((event) => `generation ${event.generation}: ${plural(event.collected, "object")} freed`);
  return { note: `Collections while your program ran: ${runs.join("; ")}.` };
}
