import { describe, expect, it } from "vitest";
import { z } from "zod";
import { collectionRows, formatDuration } from "@/app/_components/visualizer/gc-collections";
import { enginePoolForThisFile } from "../../support/engine-pool";
import { GC_WATCH, lineOf, seenCollection, tracedRun } from "./traced-program";

/** The collections table's rows on a real trace, against what gc.callbacks and gc.collect() told the program. */
const pool = enginePoolForThisFile({ size: 1 });

const PROGRAM = `${GC_WATCH}
def cycle():
    a = []
    a.append(a)

def collect(generation):
    cycle()
    return gc.collect(generation)

found = [collect(0), collect(1)]
cycle()
found.append(gc.collect())
gc.callbacks.remove(watch)
print(json.dumps({"found": found, "seen": seen}))
`;

describe("the collections table", () => {
  it("lists each collection CPython ran, in order, at the line that called it", async () => {
    const { trace, report } = await tracedRun(pool, PROGRAM, z.strictObject({ found: z.array(z.int()), seen: z.array(seenCollection) }));
    const rows = collectionRows(trace);
    expect(rows.map(({ generation, collected, uncollectable, line }) => ({ generation, collected, uncollectable, line }))).toEqual(report.seen);
    // gc.collect() returns the number of unreachable objects it found.
    expect(rows.map((row) => row.collected + row.uncollectable)).toEqual(report.found);
    expect(rows.map((row) => row.line)).toEqual([lineOf(PROGRAM, "return gc.collect"), lineOf(PROGRAM, "return gc.collect"), lineOf(PROGRAM, "found.append(gc.collect())")]);
    for (const [index, row] of rows.entries()) {
      expect(trace.steps[row.step]?.line).toBe(row.line);
      expect(row.step).toBeGreaterThan(rows[index - 1]?.step ?? -1);
      expect(row.durationMs).toBe(trace.gcEvents[index]?.duration_ms);
      expect(row.durationMs).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("formatDuration", () => {
  it("gives two decimals below 1 ms, one below 100 ms, and whole milliseconds from 100 ms on", () => {
    expect(formatDuration(0)).toBe("0.00 ms");
    expect(formatDuration(0.423)).toBe("0.42 ms");
    expect(formatDuration(1)).toBe("1.0 ms");
    expect(formatDuration(15.06)).toBe("15.1 ms");
    expect(formatDuration(100)).toBe("100 ms");
    expect(formatDuration(287.5)).toBe("288 ms");
  });
});
