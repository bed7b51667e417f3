import type { GcEvent, Trace } from "@/engine/trace/schema";
import { formatBytes } from "./byte-size";

/** One step of the chart: the memory the program held when the step's line was about to run, and the peak so far. */
export type MemoryPoint = { readonly step: number; readonly current: number | null; readonly peak: number | null };

/**
 * Where the run's peak is seen. `held`: the step's own figure is the peak (its heap holds it); otherwise
 * the peak was reached while `line` ran, between this step and the next, and went before the next began.
 */
export type MemoryPeak = { readonly bytes: number; readonly step: number; readonly line: number; readonly held: boolean };

export type MemoryTimeline = {
  readonly source: Trace["memory"]["source"];
  readonly points: readonly MemoryPoint[];
  readonly peak: MemoryPeak | null;
  /** The figure at the last step that has one. */
  readonly final: { readonly bytes: number; readonly step: number } | null;
  /** The lowest figure, when it is below zero (see belowZeroNote), with the collection before it if one ran. */
  readonly belowZero: { readonly bytes: number; readonly step: number; readonly after: GcEvent | null } | null;
  readonly collections: readonly GcEvent[];
};

/**
 * The memory-over-time chart's model of a trace. The probe's figures are tracemalloc's traced memory
 * counted from the program's first line (engine/probe/heapwise_probe/memory.py subtracts what was
 * traced then, and its own tables): a figure can fall below zero when something allocated before
 * that line is freed, typically garbage from loading the program that the first collection frees.
 * Figures are shown as measured, and the chart says why one is negative rather than hiding it.
 */
export function memoryTimeline(trace: Trace): MemoryTimeline {
  const points = trace.steps.map((step, index): MemoryPoint => ({ step: index, current: step.memory?.current ?? null, peak: step.memory?.peak ?? null }));
  let final: MemoryTimeline["final"] = null;
  let lowest: { bytes: number; step: number } | null = null;
  for (const point of points) {
    if (point.current === null) continue;
    final = { bytes: point.current, step: point.step };
    if (lowest === null || point.current < lowest.bytes) lowest = { bytes: point.current, step: point.step };
  }
  const belowZero =
    lowest !== null && lowest.bytes < 0
      ? { ...lowest, after: trace.gcEvents.findLast((event) => event.step < (lowest?.step ?? 0)) ?? null }
      : null;
  return { source: trace.memory.source, points, peak: peakOf(trace, points), final, belowZero, collections: trace.gcEvents };
}

/**
 * A step's peak is the highest figure up to that step, including what the line before it reached
 * while it ran; the summary's peak also covers the last line. The peak goes to the first step that
 * holds it, else to the step whose line reached it. No step with a figure, no peak: there is nothing
 * to point at, and the summary's peak is then mostly the probe's starting 0 rather than a measurement
 * (memory not recorded, or tracemalloc named by a program that never started it).
 */
function peakOf(trace: Trace, points: readonly MemoryPoint[]): MemoryPeak | null {
  if (!points.some((point) => point.peak !== null)) return null;
  let bytes = trace.memory.peak ?? Number.NEGATIVE_INFINITY;
  for (const point of points) if (point.peak !== null) bytes = Math.max(bytes, point.peak);
  const lineOf = (step: number) => trace.steps[step]?.line ?? 0;
  const held = points.find((point) => point.current === bytes);
  const seen = points.find((point) => point.peak !== null && point.peak >= bytes);
  if (held && (!seen || held.step <= seen.step)) return { bytes, step: held.step, line: lineOf(held.step), held: true };
  // First seen at step s: the line of step s - 1 reached it; not seen at any step: the last line did.
  const step = seen ? Math.max(0, seen.step - 1) : points.length - 1;
  return { bytes, step, line: lineOf(step), held: false };
}

/** "generation 2", as gc.collect(2) and gc.get_count() number them. */
export const generationName = (generation: number) => `generation ${generation}`;

function collectionsSentence(collections: readonly GcEvent[]): string {
  if (collections.length === 0) return "No garbage collection ran.";
  const byGeneration = new Map<number, number>();
  let collected = 0;
  let uncollectable = 0;
  for (const event of collections) {
    byGeneration.set(event.generation, (byGeneration.get(event.generation) ?? 0) + 1);
    collected += event.collected;
    uncollectable += event.uncollectable;
  }
  const generations = [...byGeneration].sort(([a], [b]) => a - b).map(([generation, count]) => `${count} of ${generationName(generation)}`);
  const found = `${collected.toLocaleString("en-US")} ${collected === 1 ? "object" : "objects"} collected${uncollectable > 0 ? `, ${uncollectable} uncollectable` : ""}`;
  const [only] = collections;
  if (collections.length === 1 && only) return `1 garbage collection (${generationName(only.generation)}) at step ${only.step + 1}: ${found}.`;
  return `${collections.length.toLocaleString("en-US")} garbage collections (${generations.join(", ")}): ${found} in all.`;
}

/** Where the peak is, in words: the button's label and the summary share it. Steps are read from 1. */
export function peakText(peak: MemoryPeak): string {
  return `${formatBytes(peak.bytes)} at step ${peak.step + 1}`;
}

/** The chart's text alternative: what a sighted learner reads off it. */
export function memorySummary(timeline: MemoryTimeline): string {
  if (timeline.peak === null || timeline.final === null) {
    return `No memory figures were recorded for this run. ${collectionsSentence(timeline.collections)}`;
  }
  const { peak, final } = timeline;
  const whose = timeline.source === "probe" ? "Traced memory" : "Memory traced by the program's own tracemalloc";
  const where = peak.held ? `held at step ${peak.step + 1} (line ${peak.line})` : `reached while line ${peak.line} ran (step ${peak.step + 1})`;
  const parts = [
    `${whose} over ${timeline.points.length.toLocaleString("en-US")} steps: peak ${formatBytes(peak.bytes)}, ${where}.`,
    `At step ${final.step + 1}, the last with a figure: ${formatBytes(final.bytes)}.`,
    collectionsSentence(timeline.collections),
  ];
  return parts.join(" ");
}

/** Why a figure is below zero, or null when none is. */
export function belowZeroNote(timeline: MemoryTimeline): string | null {
  const low = timeline.belowZero;
  if (low === null) return null;
  const freed = low.after ? `the collection at step ${low.after.step + 1} freed` : "the program freed";
  return `Below zero (${formatBytes(low.bytes)} at step ${low.step + 1}): the figures count from the program's first line, and ${freed} objects allocated before that line ran (while Python loaded the program and the recording began).`;
}

/**
 * Which step numbers (as learners read them, from 1) the time axis labels: 1, then multiples of a
 * round stride, at most `most` of them.
 */
export function stepTicks(count: number, most = 7): number[] {
  if (count <= 0) return [];
  // 1, 2, 5, 10, 20, 50, ...
  let stride = 1;
  for (let power = 1; count / stride > most; power *= 10) stride = [power, 2 * power, 5 * power, 10 * power].find((each) => count / each <= most) ?? 10 * power;
  const ticks = [1];
  for (let number = stride; number <= count; number += stride) if (number > 1) ticks.push(number);
  return ticks;
}
