import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { CodeMetaError, parseCodeMeta } from "@/mdx/code-meta.mjs";
import remarkHeadingIds, { slugify } from "@/mdx/remark-heading-ids.mjs";
import remarkRunnableCode from "@/mdx/remark-runnable-code.mjs";

const LESSON = path.join(process.cwd(), "content", "lessons", "some-lesson.mdx");

/** Compiles MDX the way next.config.mjs does, as the lesson content/lessons/some-lesson.mdx. */
async function compileLesson(source: string): Promise<string> {
  return String(await compile({ value: source, path: LESSON }, { remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, remarkRunnableCode] }));
}

const predict = (meta: string, code = "print(1)") => `# Title\n\nSome text.\n\n\`\`\`python ${meta}\n${code}\n\`\`\`\n`;

describe("code block meta strings", () => {
  it("reads flags and bare or quoted attributes", () => {
    expect(parseCodeMeta('predict id=refcount-tuple question="What does the last line print?" choices="2|3|4"')).toEqual({
      flags: ["predict"],
      attributes: { id: "refcount-tuple", question: "What does the last line print?", choices: "2|3|4" },
    });
    expect(parseCodeMeta("runnable")).toEqual({ flags: ["runnable"], attributes: {} });
    expect(parseCodeMeta(null)).toEqual({ flags: [], attributes: {} });
    expect(parseCodeMeta('q="say \\"hi\\" \\\\ bye"')).toEqual({ flags: [], attributes: { q: 'say "hi" \\ bye' } });
  });

  it("never takes a word inside a quoted value for a flag", () => {
    expect(parseCodeMeta('predict id=x question="Is this runnable?"').flags).toEqual(["predict"]);
  });

  it.each([
    ['question="no end', /closing quote is missing/],
    ["id=a id=b", /id is given twice/],
    ['q="a"b', /space after the closing quote/],
    ['q=a"b"', /must start with one/],
    ["=value", /expected a word or name=value/],
  ])("refuses %s", (meta, message) => {
    expect(() => parseCodeMeta(meta)).toThrow(CodeMetaError);
    expect(() => parseCodeMeta(meta)).toThrow(message);
  });
});

describe("predict blocks in MDX", () => {
  it("become <Predict> with the lesson, the question, the choices and the code", async () => {
    const output = await compileLesson(predict('predict id=slice-copy question="Same object?" choices="True | False"', "a = []\nprint(a[:] is a)"));
    expect(output).toContain("_jsx(Predict, {");
    expect(output).toContain('id: "slice-copy"');
    expect(output).toContain('lesson: "some-lesson"');
    expect(output).toContain('question: "Same object?"');
    expect(output).toContain('choices: "True|False"');
    expect(output).toContain('code: "a = []\\nprint(a[:] is a)"');
  });

  it("ask for a whole number when they have no choices", async () => {
    const output = await compileLesson(predict('predict id=count question="How many?"'));
    expect(output).toContain("_jsx(Predict, {");
    expect(output).not.toContain("choices:");
  });

  it("leave runnable blocks editors and other blocks code, whatever their meta says", async () => {
    const output = await compileLesson("# T\n\n```python runnable\nprint(2)\n```\n\n```python {1,3}\nprint(3)\n```\n\n```c\nint x;\n```\n");
    expect(output).toContain("_jsx(RunnableCode, {");
    expect(output).not.toContain("_jsx(Predict");
    expect(output).toContain('className: "language-c"');
  });

  // Each message names the lesson's file and the line of the block (line 5 in predict()).
  it.each([
    ['predict question="Q?" choices="a|b"', "content/lessons/some-lesson.mdx:5: predict block: the id is missing"],
    ['predict id=Bad_Id question="Q?"', 'content/lessons/some-lesson.mdx:5: predict block: id "Bad_Id" must be kebab-case'],
    ["predict id=no-question", "content/lessons/some-lesson.mdx:5: predict block: no-question: the question is missing"],
    ['predict id=empty question="Q?" choices=""', 'content/lessons/some-lesson.mdx:5: predict block: empty: choices="" has an empty choice'],
    ['predict id=gap question="Q?" choices="1||2"', 'content/lessons/some-lesson.mdx:5: predict block: gap: choices="1||2" has an empty choice'],
    ['predict id=one question="Q?" choices="1"', "needs at least two choices"],
    ['predict id=twice question="Q?" choices="1|2|1"', 'choice "1" is given twice'],
    ['predict id=typo question="Q?" choice="1|2"', "unknown option choice (a predict block takes id, question and choices)"],
    ['predict runnable id=both question="Q?"', "either runnable or predict, not both"],
    ['predict id=open question="Q?', 'content/lessons/some-lesson.mdx:5: predict block: question="...": the closing quote is missing'],
  ])("fail the build when malformed: %s", async (meta, message) => {
    await expect(compileLesson(predict(meta))).rejects.toThrow(message);
  });

  it("fail the build on an empty block or another language", async () => {
    await expect(compileLesson('# T\n\n```python predict id=empty-code question="Q?"\n```\n')).rejects.toThrow("content/lessons/some-lesson.mdx:3: predict block: empty-code: the block has no code");
    await expect(compileLesson('# T\n\n```js predict id=js question="Q?"\nx\n```\n')).rejects.toThrow("the language must be python, not js");
  });

  it("fail the build when a lesson uses an id twice, naming both lines", async () => {
    const source = `${predict('predict id=twice question="A?"')}\n${"```"}python predict id=twice question="B?"\nprint(2)\n${"```"}\n`;
    await expect(compileLesson(source)).rejects.toThrow('content/lessons/some-lesson.mdx:9: predict block: id "twice" is already used on line 5');
  });
});

describe("heading ids and the lesson outline", () => {
  it("make ids from the heading's text", () => {
    expect(slugify("Names are references, not boxes")).toBe("names-are-references-not-boxes");
    expect(slugify("is  compares identity,  ==  compares value")).toBe("is-compares-identity-compares-value");
    expect(slugify("Under the hood: pymalloc")).toBe("under-the-hood-pymalloc");
    expect(slugify("`__slots__`")).toBe("__slots__");
    expect(slugify("???")).toBe("section");
  });

  it("give H2 and H3 unique ids and put the H2s in <LessonIntro> right after the H1", async () => {
    const output = await compileLesson("---\ntitle: T\n---\n\n# Title\n\nIntro.\n\n## `is` compares identity\n\n### Detail\n\n## Summary\n\n## Summary\n");
    expect(output).toMatch(/_jsx\(_components\.h1, \{\s*children: "Title"\s*\}\), "\\n", _jsx\(LessonIntro, \{/);
    for (const id of ["is-compares-identity", "detail", "summary", "summary-1"]) expect(output).toContain(`id: "${id}"`);
    const headings = /headings: (\[[\s\S]*?\])\n\s*\}\)/.exec(output)?.[1];
    // The outline lists the H2s only, inline code kept apart.
    expect(headings && JSON.parse(headings)).toEqual([
      { id: "is-compares-identity", parts: [{ text: "is", code: true }, { text: " compares identity", code: false }] },
      { id: "summary", parts: [{ text: "Summary", code: false }] },
      { id: "summary-1", parts: [{ text: "Summary", code: false }] },
    ]);
  });

  it("add no outline to MDX without an H1", async () => {
    expect(await compileLesson("Some prompt.\n\n## Part\n")).not.toContain("LessonIntro");
  });
});
