import { describe, expect, it } from "vitest";
import { OUTPUT_BATCH_CHARS, OUTPUT_BATCH_MS, OutputBatcher } from "@/engine/runtime/output-batcher";

function recorder() {
  let clock = 0;
  const posted: [string, string][] = [];
  const batcher = new OutputBatcher(
    (stream, text) => posted.push([stream, text]),
    () => clock,
  );
  return { batcher, posted, advance: (ms: number) => (clock += ms) };
}

describe("OutputBatcher", () => {
  it("holds quick writes until the batch time has passed, then posts them as one", () => {
    const { batcher, posted, advance } = recorder();
    for (let index = 0; index < 100; index++) batcher.write("stdout", `${index}\n`);
    expect(posted).toEqual([]);
    advance(OUTPUT_BATCH_MS);
    batcher.write("stdout", "last\n");
    expect(posted).toHaveLength(1);
    expect(posted[0]?.[1].split("\n")).toHaveLength(102);
  });

  it("posts at once when a batch is large", () => {
    const { batcher, posted } = recorder();
    batcher.write("stdout", "x".repeat(OUTPUT_BATCH_CHARS));
    expect(posted).toEqual([["stdout", "x".repeat(OUTPUT_BATCH_CHARS)]]);
  });

  it("keeps the order of stdout and stderr and flushes what is left", () => {
    const { batcher, posted } = recorder();
    batcher.write("stdout", "a");
    batcher.write("stderr", "b");
    batcher.write("stdout", "c");
    batcher.flush();
    expect(posted).toEqual([
      ["stdout", "a"],
      ["stderr", "b"],
      ["stdout", "c"],
    ]);
  });
});
