import { z } from "zod";
import { base } from "./fields";
import { checkKind } from "./kind";
import { lineText } from "./wording";

/** The most memory the program's objects took up at one time, measured by tracemalloc, at most `atMost` bytes. */
export const peakMemory = checkKind({
  kind: "peakMemory",
  schema: z.object({ ...base, kind: z.literal("peakMemory"), atMost: z.number().int().positive() }),
  // A program that does nothing stays low.
  role: () => "alongside",
  // The peak past the step cap is read when the program ends: memory needs tracemalloc, not steps.
  trace: { memory: true },
  evaluate({ atMost }, { result: { trace }, code }) {
    const peak = trace?.memory.peak;
    if (!trace || trace.memory.source === "none" || peak === null || peak === undefined) {
      return { passed: false, summary: "Your program's memory could not be measured: it stopped or reset tracemalloc, which the grader measures with." };
    }
    const passed = peak <= atMost;
    // The peak is reached while a line runs, and read at the step after it.
    const reached = trace.steps.findIndex((step) => (step.memory?.peak ?? 0) >= peak);
    // Not reached by any step: it came while the last line ran, read when the program ended.
    const line = reached > 0 ? trace.steps[reached - 1]?.line : reached === 0 ? trace.steps[0]?.line : trace.steps.at(-1)?.line;
    const bytes = (count: number) => `${count.toLocaleString("en-US")} bytes`;
    return {
      passed,
      summary: passed
        ? `Your program's memory peaked at ${bytes(peak)} (at most ${bytes(atMost)} allowed).`
        : `Your program's memory peaked at ${bytes(peak)}, more than the ${bytes(atMost)} allowed.`,
      // Past the step cap the steps do not say where the peak was.
      evidence: passed ? undefined : { line: line && !trace.truncated ? { number: line, text: lineText(code, line) } : undefined, note: "Measured by tracemalloc: the most memory your program's objects took up at one time." },
    };
  },
});
