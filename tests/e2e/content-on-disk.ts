import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

const CONTENT = path.join(process.cwd(), "content");

/** The lessons as the content folder holds them, in their order: the site must show each one. */
export function lessonsOnDisk(): { slug: string; title: string; order: number }[] {
  const dir = path.join(CONTENT, "lessons");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => {
      const { data } = matter(readFileSync(path.join(dir, file), "utf8"));
      return { slug: file.replace(/\.mdx$/, ""), title: String(data.title), order: Number(data.order) };
    })
    .sort((a, b) => a.order - b.order);
}

/** Every exercise folder's id. */
export function exercisesOnDisk(): string[] {
  return readdirSync(path.join(CONTENT, "exercises"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every page of the site a learner can open, by path. */
export function sitePages(): string[] {
  return ["/", "/playground", ...lessonsOnDisk().map(({ slug }) => `/lessons/${slug}`), ...exercisesOnDisk().map((id) => `/exercises/${id}`)];
}
