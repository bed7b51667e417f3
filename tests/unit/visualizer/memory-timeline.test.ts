import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatBytes } from "@/app/_components/visualizer/byte-size";
import { belowZeroNote, memorySummary, memoryTimeline, peakText, stepTicks } from "@/app/_components/visualizer/memory-timeline";
import { enginePoolForThisFile } from "../../support/engine-pool";
import { GC_WATCH, lineOf, seenCollection, tracedRun } from "./traced-program";

/**
 * The memory chart's model on real traces. The figures it is checked against are the trace's own
 * and what the program reported of itself: sys.getsizeof of what it allocated, and the collections
 * as gc.callbacks told it.
 */
const pool = enginePoolForThisFile({ size: 1 });

const PROGRAM = `${GC_WATCH}
class Node:
    def __init__(self):
        self.other = None

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
found = gc.collect()
big = bytearray(2 * 1024 * 1024)
held = sys.getsizeof(big)
del big
young = gc.collect(0)
gc.callbacks.remove(watch)
print(json.dumps({"found": [found, young], "seen": seen, "held": held, "temporary": sys.getsizeof(bytes(3 * 1024 * 1024))}))
`;
const report = z.strictObject({ found: z.array(z.int()), seen: z.array(seenCollection), held: z.int(), temporary: z.int() });

// One run of PROGRAM, shared by the tests that read it.
const run = () => tracedRun(pool, PROGRAM, report);
let shared: ReturnType<typeof run> | undefined;
const programRun = () => (shared ??= run());

describe("the memory timeline", () => {
  it("keeps each step's figures and finds the peak the last line reached with its temporary object", async () => {
    const { trace, report } = await programRun();
    const timeline = memoryTimeline(trace);
    expect(timeline.source).toBe("probe");
    expect(timeline.points).toEqual(trace.steps.map((step, index) => ({ step: index, current: step.memory?.current ?? null, peak: step.memory?.peak ?? null })));

    // Across the bytearray's line, the figure grows by the bytearray's size as CPython gives it.
    const allocated = trace.steps.findIndex((step) => step.line === lineOf(PROGRAM, "big = bytearray"));
    const before = timeline.points[allocated]?.current ?? Number.NaN;
    const after = timeline.points[allocated + 1]?.current ?? Number.NaN;
    expect(after - before).toBe(report.held);

    // The last line allocated a bigger object than any before and let it go before the line ended:
    // the peak is seen at no step, only in the run's summary, and goes to the last line.
    const last = trace.steps.length - 1;
    const { peak, final } = timeline;
    expect(final).toEqual({ bytes: trace.steps[last]?.memory?.current, step: last });
    expect(peak).toEqual({ bytes: trace.memory.peak, step: last, line: lineOf(PROGRAM, "print(json.dumps"), held: false });
    if (!peak || !final) throw new Error("no peak");
    expect(peak.bytes - final.bytes).toBeGreaterThanOrEqual(report.temporary);
    expect(timeline.points.every((point) => point.peak !== null && point.peak < peak.bytes)).toBe(true);
    expect(peakText(peak)).toBe(`${formatBytes(peak.bytes)} at step ${last + 1}`);
  });

  it("lists the collections CPython reported, and says why a figure is below zero", async () => {
    const { trace, report } = await programRun();
    const timeline = memoryTimeline(trace);
    expect(timeline.collections.map(({ generation, collected, uncollectable }) => ({ generation, collected, uncollectable }))).toEqual(
      report.seen.map(({ generation, collected, uncollectable }) => ({ generation, collected, uncollectable })),
    );
    expect(report.seen.map((each) => each.collected)).toEqual(report.found);

    // The figures count from the first line; the first collection frees garbage left from loading
    // the program, allocated before that line, so later figures go below zero.
    const figures = timeline.points.flatMap((point) => (point.current === null ? [] : [point.current]));
    const low = timeline.belowZero;
    expect(low).not.toBeNull();
    if (!low) throw new Error("no figure below zero");
    expect(low.bytes).toBe(Math.min(...figures));
    expect(low.bytes).toBeLessThan(0);
    expect(timeline.points.findIndex((point) => point.current === low.bytes)).toBe(low.step);
    // The collection is the last one that ran before that step.
    expect(low.after).toEqual(trace.gcEvents.filter((event) => event.step < low.step).at(-1));
    const note = belowZeroNote(timeline);
    expect(note).toContain(`Below zero (${formatBytes(low.bytes)} at step ${low.step + 1})`);
    expect(note).toContain(`the collection at step ${(low.after?.step ?? Number.NaN) + 1} freed`);
  });

  it("says in words what the chart shows", async () => {
    const { trace, report } = await programRun();
    const timeline = memoryTimeline(trace);
    const { peak, final } = timeline;
    if (!peak || !final) throw new Error("no peak");
    const byGeneration = [...new Set(report.seen.map((each) => each.generation))]
      .sort((a, b) => a - b)
      .map((generation) => `${report.seen.filter((each) => each.generation === generation).length} of generation ${generation}`);
    const collected = report.found.reduce((total, each) => total + each, 0);
    expect(memorySummary(timeline)).toBe(
      [
        `Traced memory over ${trace.steps.length} steps: peak ${formatBytes(peak.bytes)}, reached while line ${lineOf(PROGRAM, "print(json.dumps")} ran (step ${trace.steps.length}).`,
        `At step ${trace.steps.length}, the last with a figure: ${formatBytes(final.bytes)}.`,
        `${report.seen.length} garbage collections (${byGeneration.join(", ")}): ${collected} ${collected === 1 ? "object" : "objects"} collected in all.`,
      ].join(" "),
    );
  });

  it("has no peak and no figures for a run that traced no memory", async () => {
    // Naming tracemalloc leaves it to the program, which never starts it.
    const source = `${GC_WATCH}import tracemalloc
cycle = []
cycle.append(cycle)
del cycle
found = gc.collect()
gc.callbacks.remove(watch)
print(json.dumps({"tracing": tracemalloc.is_tracing(), "found": found, "seen": seen}))
`;
    const { trace, report } = await tracedRun(pool, source, z.strictObject({ tracing: z.boolean(), found: z.int(), seen: z.array(seenCollection) }));
    expect(report.tracing).toBe(false);
    const timeline = memoryTimeline(trace);
    expect(timeline.points.every((point) => point.current === null && point.peak === null)).toBe(true);
    expect(timeline.peak).toBeNull();
    expect(timeline.final).toBeNull();
    expect(timeline.belowZero).toBeNull();
    expect(belowZeroNote(timeline)).toBeNull();

    const [collection] = timeline.collections;
    expect(timeline.collections).toHaveLength(report.seen.length);
    expect(report.seen).toHaveLength(1);
    expect(collection?.collected).toBe(report.found);
    expect(trace.steps[collection?.step ?? -1]?.line).toBe(report.seen[0]?.line);
    expect(memorySummary(timeline)).toBe(
      `No memory figures were recorded for this run. 1 garbage collection (generation ${report.seen[0]?.generation}) at step ${(collection?.step ?? Number.NaN) + 1}: ${report.found} ${report.found === 1 ? "object" : "objects"} collected.`,
    );
  });
});

describe("stepTicks", () => {
  it("labels every step of a short run", () => {
    expect(stepTicks(0)).toEqual([]);
    expect(stepTicks(1)).toEqual([1]);
    expect(stepTicks(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("labels 1, then the multiples of the smallest 1-2-5 stride that gives at most `most` of them", () => {
    expect(stepTicks(8)).toEqual([1, 2, 4, 6, 8]);
    expect(stepTicks(100)).toEqual([1, 20, 40, 60, 80, 100]);
    expect(stepTicks(10_000)).toEqual([1, 2000, 4000, 6000, 8000, 10_000]);
    expect(stepTicks(30, 3)).toEqual([1, 10, 20, 30]);
    const strides = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
    for (let count = 1; count <= 5000; count++) {
      const stride = strides.find((each) => count / each <= 7) ?? Number.NaN;
      const multiples = Array.from({ length: Math.floor(count / stride) }, (_, index) => (index + 1) * stride);
      expect(stepTicks(count)).toEqual([1, ...multiples.filter((number) => number > 1)]);
    }
  });
});
