import { describe, expect, it } from "vitest";
import { versionDiff } from "@/engine/trace/version-diff";
import { enginePoolForThisFile } from "../support/engine-pool";

/** Version differences are data: the diff of two real runs, checked against what each CPython prints. */
const pool = enginePoolForThisFile({ size: 1 });
const run = pool.run.bind(pool);

const PROGRAM = `import sys, gc
nothing = None
print(sys.getrefcount(None) > 1_000_000_000, gc.get_threshold())
def local_count():
    mine = object()
    return sys.getrefcount(mine)
print(local_count())
`;

describe("versionDiff(run, source, [a, b])", () => {
  it("reports None becoming immortal (3.11 vs 3.12) with each side's real value", async () => {
    const diff = await versionDiff(run, PROGRAM, ["3.11", "3.12"]);
    const firstLine = (text: unknown) => String(text).split("\n")[0];
    const untraced = await Promise.all((["3.11", "3.12"] as const).map(async (python) => firstLine((await pool.run(PROGRAM, { python })).stdout)));
    const printed = diff.differences.find((difference) => difference.what === "stdout");
    expect(printed?.values.map(firstLine)).toEqual(untraced);
    const immortal = diff.differences.find((difference) => difference.what === "nothing: immortal");
    expect(immortal?.values).toEqual([false, true]);
  });

  it("reports 3.14's borrowed reference in sys.getrefcount of a local, and nothing for equal runs", async () => {
    const diff = await versionDiff(run, PROGRAM, ["3.13", "3.14"]);
    const untraced = await Promise.all((["3.13", "3.14"] as const).map(async (python) => (await pool.run(PROGRAM, { python })).stdout));
    expect(untraced[0]).not.toBe(untraced[1]);
    expect(diff.differences).toContainEqual({ what: "stdout", values: untraced });
    const same = await versionDiff(run, "x = [1, 2]\n", ["3.12", "3.12"]);
    expect(same.differences).toEqual([]);
  });
});
