import fs from "node:fs";
import path from "node:path";
import { createProcessor } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { predictBlocksIn, type PredictBlock } from "@/mdx/remark-runnable-code.mjs";

/** A predict block and the lesson it is in. */
export type LessonPredictBlock = PredictBlock & { lesson: string };

// Parsing only (no compilation): the same syntax extensions as next.config.mjs, so that a block is
// found here exactly when the build turns it into <Predict>.
const parser = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] });
const parsed = new Map<string, { source: string; blocks: LessonPredictBlock[] }>();

/** The predict blocks of one lesson's MDX source, checked as the build checks them (errors name the file and line). */
export function predictBlocksOfLesson(slug: string, source: string, filePath = path.join(process.cwd(), "content", "lessons", `${slug}.mdx`)): LessonPredictBlock[] {
  const cached = parsed.get(slug);
  if (cached?.source === source) return cached.blocks;
  const file = { value: source, path: filePath };
  // An mdast Root: the plugin's JSDoc describes only the fields it reads.
  const tree = parser.parse(file) as unknown as Parameters<typeof predictBlocksIn>[0];
  const blocks = predictBlocksIn(tree, file).map((block) => ({ ...block, lesson: slug }));
  parsed.set(slug, { source, blocks });
  return blocks;
}

/**
 * Every predict block of the course, lesson by lesson (file order; ids are unique across the course,
 * which tests/unit/predict-blocks.test.ts checks). Read from content/lessons on each call, parsed again
 * only when a lesson's text changed. Plain (not server-only): the tests run every block through the engine.
 */
export function listPredictBlocks(): LessonPredictBlock[] {
  const dir = path.join(process.cwd(), "content", "lessons");
  return fs
    .readdirSync(path.join(process.cwd(), "content", "lessons"))
    .filter((file) => file.endsWith(".mdx"))
    .sort()
    .flatMap((file) => predictBlocksOfLesson(file.replace(/\.mdx$/, ""), fs.readFileSync(path.join(dir, file), "utf8"), path.join(dir, file)));
}

export function findPredictBlock(id: string): LessonPredictBlock | undefined {
  return listPredictBlocks().find((block) => block.id === id);
}
