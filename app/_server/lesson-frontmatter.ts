import matter from "gray-matter";
import { z } from "zod";

const frontmatterSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  summary: z.string().min(1),
});

export type LessonMeta = z.infer<typeof frontmatterSchema> & { slug: string };

/** Slugs become URLs and import paths, so only lowercase words joined by dashes are allowed. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads a lesson's frontmatter (title, order, summary). A bad lesson fails the build with the file and
 * the field named, rather than rendering a page with holes in it.
 */
export function parseLessonFile(fileName: string, source: string): LessonMeta {
  const slug = fileName.replace(/\.mdx$/, "");
  if (!SLUG.test(slug)) throw new Error(`content/lessons/${fileName}: file name must be a slug like "reference-counting.mdx"`);
  const parsed = frontmatterSchema.safeParse(matter(source).data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "frontmatter"}: ${issue.message}`);
    throw new Error(`content/lessons/${fileName}: invalid frontmatter (${problems.join("; ")})`);
  }
  return { ...parsed.data, slug };
}
