import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { listPredictBlocks } from "@/app/_server/predictions/predict-blocks";
import { isWholeNumber, programAnswer } from "@/app/_shared/prediction-answer";
import { listLessons } from "@/app/_server/lessons";

/**
 * The course's predict blocks as the lesson pages and the predictions API see them. The build checks
 * each lesson alone (mdx/remark-runnable-code.mjs); ids must be unique across the course, because a
 * learner's predictions are stored by id. tests/engine/lesson-blocks.test.ts runs them on every version.
 */
const blocks = listPredictBlocks();

describe("predict blocks across the course", () => {
  it("have ids unique across every lesson", () => {
    const lessonOf = new Map<string, string>();
    for (const block of blocks) {
      expect(lessonOf.get(block.id), `predict id "${block.id}" in ${block.lesson} is already used in ${lessonOf.get(block.id)}`).toBeUndefined();
      lessonOf.set(block.id, block.lesson);
    }
  });

  it("are in lessons that exist", () => {
    const slugs = new Set(listLessons().map(({ slug }) => slug));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(slugs).toContain(block.lesson);
  });

  it.each(blocks.map((block) => [`${block.lesson}#${block.id}`, block]))("%s runs cleanly on native CPython and answers one of its choices", (_name, block) => {
    const result = spawnSync("python3", ["-c", block.code], { encoding: "utf8", timeout: 20_000 });
    expect({ stderr: result.stderr, status: result.status }).toEqual({ stderr: "", status: 0 });
    const answer = programAnswer(result.stdout);
    if (block.choices) expect(block.choices).toContain(answer);
    else expect(answer !== null && isWholeNumber(answer)).toBe(true);
  });
});
