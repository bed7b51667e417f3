import { expect, it } from "vitest";
import { outputExcerpt } from "@/engine/grading/output-excerpt";

it("keeps a short output whole, and the head and the tail of a long one with what was left out", () => {
  expect(outputExcerpt("hello\n", 4)).toBe("hello\n");
  expect(outputExcerpt("12345678", 4)).toBe("12345678");
  const long = `${"a".repeat(10)}${"b".repeat(5)}${"c".repeat(10)}`;
  const kept = outputExcerpt(long, 10);
  expect(kept.startsWith("a".repeat(10))).toBe(true);
  expect(kept.endsWith("c".repeat(10))).toBe(true);
  expect(kept).toContain("… 5 characters left out …");
  expect(kept).not.toContain("b");
});
