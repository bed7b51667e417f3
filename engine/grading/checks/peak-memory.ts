import { z } from "zod";
import { base } from "./fields";
import { checkKind } from "./kind";

/** The most memory the program's objects took up at one time, measured by tracemalloc, at most `atMost` bytes. */
export const peakMemory = checkKind({
  kind: "peakMemory",
  schema: z.object({ ...base, kind: z.literal("peakMemory"), atMost: z.number().int().positive() }),
  // A program that does nothing stays low.
  role: () => "alongside",
  // The peak is tracemalloc's over the whole run, read when the program ends: no steps needed.
  trace: { memory: true },
  evaluate({ atMost }, { result: { trace } }) {
    const peak = trace?.memory.peak;
    if (!trace || trace.memory.source === "none" || peak === null || peak === undefined) {
      return { passed: false, summary: "Your program's memory could not be measured: it stopped or reset tracemalloc, which the grader measures with." };
    }
    const passed = peak <= atMost;
    const bytes = (count: number) => `${count.toLocaleString("en-US")} bytes`;
    return {
      passed,
      summary: passed
        ? `Your program's memory peaked at ${bytes(peak)} (at most ${bytes(atMost)} allowed).`
        : `Your program's memory peaked at ${bytes(peak)}, more than the ${bytes(atMost)} allowed.`,
      // No line: a grading records the steps of the marked lines its checks read, if any, and
      // steps that are not every line do not say which line the peak came in.
      evidence: passed ? undefined : { note: "Measured by tracemalloc: the most memory your program's objects took up at one time." },
    };
  },
});
