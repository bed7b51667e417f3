import { describe, expect, it } from "vitest";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { blocksPerPool, sizeClassOf } from "@/engine/pymalloc/obmalloc-config";
import { pymallocModelOf } from "@/engine/pymalloc/from-trace";
import type { Trace } from "@/engine/trace/schema";
import { enginePoolForThisFile } from "../support/engine-pool";

/** The obmalloc model fed by a traced run's live small blocks; the block size is the program's own sys.getsizeof. */
const pool = enginePoolForThisFile({ size: 1 });

const SOURCE = `import sys
class Slot:
    __slots__ = ("a",)
keep = [Slot() for _ in range(1000)]
print(sys.getsizeof(keep[0]), len(keep))
`;

describe.each(PYTHON_VERSIONS)("the obmalloc model of a run on Python %s", (python) => {
  it("is fed the program's live small blocks, in the size class their size falls in", async () => {
    const result = await pool.run(SOURCE, { python, trace: true });
    expect(result.stderr).toBe("");
    const [size, count] = result.stdout.trim().split(" ").map(Number) as [number, number];
    const trace = result.trace as Trace;
    const blocksOfThatSize = trace.memory.smallBlocks.find(([blockSize]) => blockSize === size)?.[1] ?? 0;
    expect(blocksOfThatSize).toBeGreaterThanOrEqual(count);
    const model = pymallocModelOf(trace, python);
    if (!model) throw new Error("no model");
    expect(model.label).toMatch(/model/);
    const sizeClass = sizeClassOf(model.config, size);
    if (sizeClass === null) throw new Error(`${size} bytes is not a small request`);
    const row = model.stats.sizeClasses[sizeClass];
    expect(row?.blocksInUse).toBeGreaterThanOrEqual(count);
    expect(row?.poolsInUse).toBeGreaterThanOrEqual(Math.ceil(count / blocksPerPool(model.config, sizeClass)));
  });

  it("has nothing to model when memory was not recorded", async () => {
    const result = await pool.run(SOURCE, { python, trace: { memory: false } });
    expect(pymallocModelOf(result.trace as Trace, python)).toBeNull();
  });
});
