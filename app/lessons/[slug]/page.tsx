import type { Metadata } from "next";
import Link from "next/link";
import type { MDXContent } from "mdx/types";
import { notFound } from "next/navigation";
import { findLesson, listLessons } from "@/app/_server/lessons";
import { EarlyEngineStart } from "@/app/_components/EarlyEngineStart";

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
        <Content />
      </article>
      <nav className="lesson-nav" aria-label="Lesson navigation">
        {previous ? <Link href={`/lessons/${previous.slug}`}>← {previous.title}</Link> : <span />}
        {next ? <Link href={`/lessons/${next.slug}`}>{next.title} →</Link> : <Link href="/">All lessons</Link>}
      </nav>
    </main>
  );
}
