import { describe, expect, it } from "vitest";
import { parseLessonFile } from "@/app/_server/lesson-frontmatter";

const lesson = (frontmatter: string) => `---\n${frontmatter}\n---\n\n# Body\n`;

describe("parseLessonFile", () => {
  it("reads title, order and summary, and takes the slug from the file name", () => {
    const meta = parseLessonFile("reference-counting.mdx", lesson("title: Reference counting\norder: 2\nsummary: How counts move."));
    expect(meta).toEqual({ slug: "reference-counting", title: "Reference counting", order: 2, summary: "How counts move." });
  });

  it("names the file and the field when frontmatter is wrong", () => {
    expect(() => parseLessonFile("gc.mdx", lesson("title: GC\norder: first\nsummary: x"))).toThrow(/content\/lessons\/gc\.mdx: invalid frontmatter \(order: /);
    expect(() => parseLessonFile("gc.mdx", lesson("order: 3\nsummary: x"))).toThrow(/title: /);
  });

  it("rejects file names that cannot be URL slugs", () => {
    expect(() => parseLessonFile("Reference Counting.mdx", lesson("title: A\norder: 1\nsummary: b"))).toThrow(/must be a slug/);
  });
});
