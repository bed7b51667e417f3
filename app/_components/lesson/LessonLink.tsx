import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

const LESSON_PATH = /^\/lessons\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:#.*)?$/;

export type LessonLinkProps = ComponentPropsWithoutRef<"a"> & {
  /** The slugs of the lessons that exist: a link to any other lesson is not a link yet. */
  lessons: ReadonlySet<string>;
};

/**
 * A link in a lesson's text. A link to another lesson (`/lessons/<slug>`) that is not written yet is
 * shown as plain text, so that the course never links to a 404 while it grows; links inside the site
 * go through Next's <Link> (client navigation), others stay plain anchors.
 */
export function LessonLink({ lessons, href, children, ...rest }: LessonLinkProps) {
  const slug = href ? LESSON_PATH.exec(href)?.[1] : undefined;
  if (slug !== undefined && !lessons.has(slug)) {
    return (
      <span className="lesson-link-pending" title="This lesson is not written yet">
        {children}
      </span>
    );
  }
  if (href?.startsWith("/")) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
