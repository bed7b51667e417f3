/** An H2 of the lesson as mdx/remark-heading-ids.mjs gives it: its id and its text, inline code apart. */
export type LessonHeading = { id: string; parts: { text: string; code: boolean }[] };

export type LessonIntroProps = {
  headings: LessonHeading[];
  /** The lesson's frontmatter summary (the lesson page passes it). */
  summary?: string;
};

/**
 * What a lesson shows under its title (mdx/remark-heading-ids.mjs puts <LessonIntro> right after the
 * H1): its summary, then "In this lesson", a table of contents linking to each H2.
 */
export function LessonIntro({ headings, summary }: LessonIntroProps) {
  return (
    <>
      {summary && <p className="lesson-summary">{summary}</p>}
      {headings.length > 0 && (
        <nav className="lesson-toc" aria-labelledby="lesson-toc-title">
          <p id="lesson-toc-title" className="lesson-toc-title">
            In this lesson
          </p>
          <ol>
            {headings.map(({ id, parts }) => (
              <li key={id}>
                <a href={`#${id}`}>{parts.map((part, index) => (part.code ? <code key={index}>{part.text}</code> : part.text))}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </>
  );
}
