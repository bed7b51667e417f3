import type { Metadata } from "next";
import Link from "next/link";
import type { MDXComponents, MDXContent } from "mdx/types";
import { notFound } from "next/navigation";
import { findLesson, listLessons, type LessonMeta } from "@/app/_server/lessons";
import { EarlyEngineStart } from "@/app/_components/EarlyEngineStart";
import { LessonDone } from "@/app/_components/lesson/LessonDone";
import { LessonIntro, type LessonIntroProps } from "@/app/_components/lesson/LessonIntro";
import { LessonLink, type LessonLinkProps } from "@/app/_components/lesson/LessonLink";

type Params = { slug: string };

// Only the lessons that exist at build time have pages; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listLessons().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

/** What this lesson's MDX renders differently from the defaults (mdx-components.tsx): its summary
 * above the outline, and links to lessons that do not exist yet as plain text. */
function lessonComponents(lesson: LessonMeta, lessons: LessonMeta[]): MDXComponents {
  const slugs = new Set(lessons.map(({ slug }) => slug));
  return {
    LessonIntro: (props: LessonIntroProps) => <LessonIntro {...props} summary={lesson.summary} />,
    a: (props: Omit<LessonLinkProps, "lessons">) => <LessonLink {...props} lessons={slugs} />,
  };
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const lessons = listLessons();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  const lesson = lessons[index];
  if (!lesson) notFound();
  const { default: Content } = (await import(`@/content/lessons/${slug}.mdx`)) as { default: MDXContent };
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  return (
    <main id="main" className="page">
      <EarlyEngineStart />
      <article className="lesson">
        <p className="lesson-kicker">Lesson {lesson.order}</p>
        <Content components={lessonComponents(lesson, lessons)} />
        <LessonDone slug={lesson.slug} />
      </article>
      <nav className="lesson-nav" aria-label="Lesson navigation">
        {previous ? (
          <Link href={`/lessons/${previous.slug}`} rel="prev">
            <span className="lesson-nav-label">← Lesson {previous.order}</span>
            {previous.title}
          </Link>
        ) : (
          <Link href="/">
            <span className="lesson-nav-label">←</span>All lessons
          </Link>
        )}
        {next ? (
          <Link href={`/lessons/${next.slug}`} rel="next" className="lesson-nav-next">
            <span className="lesson-nav-label">Lesson {next.order} →</span>
            {next.title}
          </Link>
        ) : (
          // The last lesson leads back to the list (the first one already does, on the left).
          previous && (
            <Link href="/" className="lesson-nav-next">
              <span className="lesson-nav-label">→</span>All lessons
            </Link>
          )
        )}
      </nav>
    </main>
  );
}
