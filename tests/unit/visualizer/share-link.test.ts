import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { codeFromHash, visualizeHref } from "@/app/_components/visualizer/share-link";

const PROGRAM = `import gc
class Node:
    def __init__(self, name):
        self.name = name  # “quotes”, é, 🐍 and a tab:\t.
a = Node("a")
print(a.name, 10**30 % 7 == 3 and '#%&?=' or "")
`;

describe("visualizer share links", () => {
  it("round-trip a program and its version through a URL as a browser parses it", () => {
    const url = new URL(visualizeHref(PROGRAM, "3.12"), "http://127.0.0.1:3000");
    expect(url.pathname).toBe("/visualize");
    expect(url.searchParams.get("python")).toBe("3.12");
    expect(codeFromHash(url.hash)).toBe(PROGRAM);
  });

  it("read the TypeScript playground's format: lz-string's compressToEncodedURIComponent after #code/", () => {
    expect(codeFromHash(`#code/${LZString.compressToEncodedURIComponent("x = [1, 2]\n")}`)).toBe("x = [1, 2]\n");
  });

  it("give no program for another fragment or an empty one", () => {
    expect(codeFromHash("")).toBeNull();
    expect(codeFromHash("#heap")).toBeNull();
    expect(codeFromHash("#code/")).toBeNull();
  });
});
