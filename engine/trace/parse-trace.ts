import { type GcEvent, type Step, type Summary, TRACE_SCHEMA_VERSION, type Trace } from "./schema";

type Line = Step | GcEvent | Summary;

/**
 * Reads the probe's JSON-lines trace file into a Trace. A trace without its summary line is a run
 * the probe could not finish (time limit, the program killed the interpreter): the steps recorded
 * so far are kept and the trace says so.
 */
export function parseTrace(text: string, python: string, limitNote: string | null): Trace {
  const steps: Step[] = [];
  const gcEvents: GcEvent[] = [];
  let summary: Summary | null = null;
  for (const line of text.split("\n")) {
    if (!line) continue;
    let parsed: Line;
    try {
      parsed = JSON.parse(line) as Line;
    } catch {
      // Only the last line can be cut short, by a run stopped in the middle of a write.
      continue;
    }
    if (parsed.kind === "step") steps.push(parsed);
    else if (parsed.kind === "gc") gcEvents.push(parsed);
    else if (parsed.kind === "summary") summary = parsed;
  }
  if (summary && summary.schema !== TRACE_SCHEMA_VERSION) {
    throw new Error(`the probe wrote trace schema ${summary.schema}, this engine reads ${TRACE_SCHEMA_VERSION}`);
  }
  const truncated = summary?.truncated
    ? { maxSteps: summary.truncated.max_steps, note: summary.truncated.note }
    : summary
      ? null
      : { maxSteps: null, note: `The trace ends at step ${steps.length}: ${limitNote ?? "the run ended before the probe finished"}.` };
  return {
    schema: TRACE_SCHEMA_VERSION,
    python: summary?.python ?? python,
    pointerSize: summary?.pointer_size ?? 4,
    steps,
    gcEvents,
    truncated,
    memory: {
      source: summary?.memory_source ?? "none",
      peak: summary?.peak ?? null,
      topLines: summary?.top_lines ?? [],
      smallBlocks: summary?.small_blocks ?? [],
    },
    notes: summary?.notes ?? [],
  };
}
