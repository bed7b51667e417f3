import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonIntro } from "@/app/_components/lesson/LessonIntro";
import { LessonLink } from "@/app/_components/lesson/LessonLink";

const lessons = new Set(["everything-is-an-object", "reference-counting"]);
const link = (href: string) => renderToStaticMarkup(createElement(LessonLink, { lessons, href }, "the lesson"));

describe("links in a lesson", () => {
  it("link to lessons that exist, with or without a section", () => {
    expect(link("/lessons/reference-counting")).toBe('<a href="/lessons/reference-counting">the lesson</a>');
    expect(link("/lessons/reference-counting#del")).toBe('<a href="/lessons/reference-counting#del">the lesson</a>');
  });

  it("are plain text for a lesson not written yet, so the course never links to a 404", () => {
    expect(link("/lessons/pymalloc")).toBe('<span class="lesson-link-pending" title="This lesson is not written yet">the lesson</span>');
  });

  it("leave other links alone", () => {
    expect(link("https://docs.python.org/3/library/gc.html")).toBe('<a href="https://docs.python.org/3/library/gc.html">the lesson</a>');
    expect(link("#summary")).toBe('<a href="#summary">the lesson</a>');
  });
});

describe("a lesson's intro", () => {
  it("shows the summary and links each H2, inline code kept", () => {
    const html = renderToStaticMarkup(
      createElement(LessonIntro, { summary: "Names are references.", headings: [{ id: "is-vs-eq", parts: [{ text: "is", code: true }, { text: " compares identity", code: false }] }] }),
    );
    expect(html).toBe(
      '<p class="lesson-summary">Names are references.</p><nav class="lesson-toc" aria-labelledby="lesson-toc-title"><p id="lesson-toc-title" class="lesson-toc-title">In this lesson</p><ol><li><a href="#is-vs-eq"><code>is</code> compares identity</a></li></ol></nav>',
    );
  });
});
