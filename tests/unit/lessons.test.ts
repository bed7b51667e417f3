import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { listLessons } from "@/app/_server/lessons";
import remarkRunnableCode from "@/mdx/remark-runnable-code.mjs";

const lessonsDir = path.join(process.cwd(), "content", "lessons");
const sourceOf = (slug: string) => fs.readFileSync(path.join(lessonsDir, `${slug}.mdx`), "utf8");

/** Compiles a lesson the way next.config.mjs does and returns the runnable blocks' code, in order. */
async function runnableBlocks(source: string): Promise<string[]> {
  const blocks: string[] = [];
  const collect = () => (tree: { type: string; name?: string; attributes?: { name: string; value: unknown }[]; children?: unknown[] }) => {
    const walk = (node: typeof tree) => {
      if (node.type === "mdxJsxFlowElement" && node.name === "RunnableCode") {
        const code = node.attributes?.find((a) => a.name === "code")?.value;
        if (typeof code === "string") blocks.push(code);
      }
      (node.children as (typeof tree)[] | undefined)?.forEach(walk);
    };
    walk(tree);
  };
  await compile(source, { remarkPlugins: [remarkFrontmatter, remarkGfm, remarkRunnableCode, collect] });
  return blocks;
}

describe("lessons in content/lessons", () => {
  const lessons = listLessons();

  it("are listed in teaching order, each with a unique slug and order", () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons[0]?.title).toBe("Everything is an object");
    const orders = lessons.map((l) => l.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    expect(new Set(lessons.map((l) => l.slug)).size).toBe(lessons.length);
  });

  it.each(lessons.map((l) => [l.slug]))("%s has runnable blocks that run cleanly on native CPython", async (slug) => {
    const blocks = await runnableBlocks(sourceOf(slug));
    expect(blocks.length).toBeGreaterThan(0);
    for (const code of blocks) {
      // engine/probe holds the memory_profiler module the engine provides (lesson 5 imports it).
      const result = spawnSync("python3", ["-c", code], { encoding: "utf8", timeout: 20_000, env: { ...process.env, PYTHONPATH: path.join(process.cwd(), "engine", "probe") } });
      expect({ code, stderr: result.stderr, status: result.status }).toEqual({ code, stderr: "", status: 0 });
      expect(result.stdout.length).toBeGreaterThan(0);
    }
  });

  it("keeps non-runnable code blocks as highlighted code, not editors", async () => {
    const blocks = await runnableBlocks("```c\nint x;\n```\n\n```python\nprint(1)\n```\n\n```python runnable\nprint(2)\n```\n");
    expect(blocks).toEqual(["print(2)"]);
  });
});
