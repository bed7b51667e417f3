import { describe, expect, it } from "vitest";
import { diffValueText, sideBySide } from "@/app/_components/visualizer/version-diff-view";

/** How the version comparison prints its values and lines up two outputs: our own formatting, on literal inputs. */
describe("diffValueText", () => {
  it("says absent, unmeasured, numbers, booleans and text as the table prints them", () => {
    expect(diffValueText(undefined)).toBe("—");
    expect(diffValueText(null)).toBe("none");
    expect(diffValueText(4_294_967_295)).toBe("4,294,967,295");
    expect(diffValueText(-3)).toBe("-3");
    expect(diffValueText(0.5)).toBe("0.5");
    expect(diffValueText(true)).toBe("true");
    expect(diffValueText(false)).toBe("false");
    expect(diffValueText("list")).toBe("list");
    expect(diffValueText("two\nlines\n")).toBe("two\nlines\n");
  });

  it("lists collections one per line, and no collections as none", () => {
    expect(diffValueText([])).toBe("none");
    expect(
      diffValueText([
        { generation: 0, collected: 1, uncollectable: 0 },
        { generation: 2, collected: 12, uncollectable: 3 },
      ]),
    ).toBe("generation 0: 1 collected, 0 uncollectable\ngeneration 2: 12 collected, 3 uncollectable");
  });

  it("falls back to JSON for anything else", () => {
    expect(diffValueText([1, "a"])).toBe('1\n"a"');
    expect(diffValueText({ generation: 1 })).toBe('{"generation":1}');
  });
});

describe("sideBySide", () => {
  const unchanged = (...texts: string[]) => texts.map((text) => ({ text, changed: false }));

  it("marks nothing when both outputs are the same", () => {
    expect(sideBySide("a\nb\n", "a\nb\n")).toEqual([unchanged("a", "b"), unchanged("a", "b")]);
    expect(sideBySide("", "")).toEqual([[], []]);
  });

  it("marks only the line one side has more, not every line after it", () => {
    expect(sideBySide("a\nb\nc\n", "a\nextra\nb\nc\n")).toEqual([unchanged("a", "b", "c"), [...unchanged("a"), { text: "extra", changed: true }, ...unchanged("b", "c")]]);
    expect(sideBySide("", "only\n")).toEqual([[], [{ text: "only", changed: true }]]);
  });

  it("marks a changed line on both sides, and an empty line that one side lacks", () => {
    expect(sideBySide("refcount 2\nend\n", "refcount 3\nend\n")).toEqual([
      [{ text: "refcount 2", changed: true }, ...unchanged("end")],
      [{ text: "refcount 3", changed: true }, ...unchanged("end")],
    ]);
    expect(sideBySide("a\n\nb\n", "a\nb\n")).toEqual([[...unchanged("a"), { text: "", changed: true }, ...unchanged("b")], unchanged("a", "b")]);
  });
});
