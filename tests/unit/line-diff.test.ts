import { describe, expect, it } from "vitest";
import { lineDiff } from "@/app/_components/teaching/line-diff";

/** The teacher's attempt comparison: the `diff` package's line diff, numbered and folded for a unified view. */
const lines = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `line ${from + index}`);

describe("lineDiff", () => {
  it("numbers removed lines in the older text and added lines in the newer", () => {
    const { rows, added, removed } = lineDiff("a = []\nb = a\nprint(b)\n", "a = []\nb = a[:]\nprint(b)\n");
    expect({ added, removed }).toEqual({ added: 1, removed: 1 });
    expect(rows).toEqual([
      { kind: "same", oldLine: 1, newLine: 1, text: "a = []" },
      { kind: "removed", oldLine: 2, text: "b = a" },
      { kind: "added", newLine: 2, text: "b = a[:]" },
      { kind: "same", oldLine: 3, newLine: 3, text: "print(b)" },
    ]);
  });

  it("does not count a missing final newline or Windows line ends as a change", () => {
    const { added, removed } = lineDiff("x = 1\r\ny = 2\r\n", "x = 1\ny = 2");
    expect({ added, removed }).toEqual({ added: 0, removed: 0 });
  });

  it("folds unchanged lines far from a change, and keeps a lone one", () => {
    const older = [...lines(10), "old", ...lines(10, 11)].join("\n");
    const newer = [...lines(10), "new", ...lines(10, 11)].join("\n");
    const { rows } = lineDiff(older, newer, 3);
    expect(rows.map((row) => (row.kind === "skipped" ? `skip ${row.lines}` : row.kind))).toEqual([
      "skip 7",
      "same",
      "same",
      "same",
      "removed",
      "added",
      "same",
      "same",
      "same",
      "skip 7",
    ]);
    // The line after the change is the 12th of both texts.
    expect(rows[6]).toEqual({ kind: "same", oldLine: 12, newLine: 12, text: "line 11" });
    const lone = lineDiff([...lines(4), "old"].join("\n"), [...lines(4), "new"].join("\n"), 3);
    expect(lone.rows[0]).toEqual({ kind: "same", oldLine: 1, newLine: 1, text: "line 1" });
  });

  it("numbers lines of code added to an empty attempt from 1", () => {
    expect(lineDiff("", "print(1)\n").rows).toEqual([{ kind: "added", newLine: 1, text: "print(1)" }]);
  });
});
