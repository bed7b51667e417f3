import { describe, expect, it, vi } from "vitest";
import { IMMEDIATE_POSTS_PER_WINDOW, OUTPUT_BATCH_CHARS, OUTPUT_WINDOW_MS, OutputBatcher, type OutputChunk } from "@/engine/runtime/output-batcher";

function recorder() {
  let clock = 1_000;
  const posted: OutputChunk[][] = [];
  const batcher = new OutputBatcher(
    (chunks) => posted.push(chunks.map((chunk) => ({ ...chunk }))),
    () => clock,
  );
  return { batcher, posted, advance: (ms: number) => (clock += ms) };
}

describe("OutputBatcher", () => {
  it("posts each write of a program that prints now and then at once", () => {
    const { batcher, posted } = recorder();
    batcher.write("stdout", "before a long computation\n");
    expect(posted).toEqual([[{ stream: "stdout", text: "before a long computation\n" }]]);
  });

  it("gathers a flood into one message per window once the window has had its share", () => {
    const { batcher, posted, advance } = recorder();
    for (let index = 0; index < 10_000; index++) batcher.write("stdout", `${index}\n`);
    expect(posted).toHaveLength(IMMEDIATE_POSTS_PER_WINDOW);
    advance(OUTPUT_WINDOW_MS);
    batcher.write("stdout", "next window\n");
    // The gathered writes, then the first write of the new window.
    expect(posted).toHaveLength(IMMEDIATE_POSTS_PER_WINDOW + 2);
    const gathered = posted[IMMEDIATE_POSTS_PER_WINDOW]?.[0]?.text.split("\n") ?? [];
    expect(gathered[0]).toBe(String(IMMEDIATE_POSTS_PER_WINDOW));
    expect(gathered.at(-2)).toBe("9999");
  });

  it("posts a large batch at once, whatever the window", () => {
    const { batcher, posted } = recorder();
    for (let index = 0; index < IMMEDIATE_POSTS_PER_WINDOW; index++) batcher.write("stdout", "x");
    batcher.write("stdout", "y".repeat(OUTPUT_BATCH_CHARS));
    expect(posted).toHaveLength(IMMEDIATE_POSTS_PER_WINDOW + 1);
  });

  it("keeps stdout and stderr in order within a message, and flushes what is left", () => {
    const { batcher, posted } = recorder();
    for (let index = 0; index < IMMEDIATE_POSTS_PER_WINDOW; index++) batcher.write("stdout", ".");
    batcher.write("stdout", "a");
    batcher.write("stderr", "b");
    batcher.write("stdout", "c");
    batcher.flush();
    expect(posted.at(-1)).toEqual([
      { stream: "stdout", text: "a" },
      { stream: "stderr", text: "b" },
      { stream: "stdout", text: "c" },
    ]);
  });

  it("sends gathered writes on a timer, so the last lines before a pause are not held until the next print", () => {
    vi.useFakeTimers();
    try {
      const { batcher, posted } = recorder();
      const lines = Array.from({ length: IMMEDIATE_POSTS_PER_WINDOW + 6 }, (_, index) => `${index}\n`);
      for (const line of lines) batcher.write("stdout", line);
      expect(posted).toHaveLength(IMMEDIATE_POSTS_PER_WINDOW);
      vi.advanceTimersByTime(OUTPUT_WINDOW_MS);
      expect(posted.flat().map((chunk) => chunk.text).join("")).toBe(lines.join(""));
      // A flush by hand clears the timer: nothing is posted twice.
      batcher.flush();
      vi.advanceTimersByTime(OUTPUT_WINDOW_MS);
      expect(posted).toHaveLength(IMMEDIATE_POSTS_PER_WINDOW + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});
