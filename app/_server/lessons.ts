import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parseLessonFile, type LessonMeta } from "./lesson-frontmatter";

export type { LessonMeta } from "./lesson-frontmatter";

/**
 * Every lesson in content/lessons, in teaching order. The directory is written inline (not through a
 * variable) so that Turbopack traces only that folder rather than the whole project.
 */
export function listLessons(): LessonMeta[] {
  const dir = path.join(process.cwd(), "content", "lessons");
  const lessons = fs
    .readdirSync(path.join(process.cwd(), "content", "lessons"))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => parseLessonFile(file, fs.readFileSync(path.join(dir, file), "utf8")));
  return lessons.sort((a, b) => a.order - b.order);
}

export function findLesson(slug: string): LessonMeta | undefined {
  return listLessons().find((lesson) => lesson.slug === slug);
}
