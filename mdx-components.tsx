import type { MDXComponents } from "mdx/types";
import { Exercise } from "@/app/_components/Exercise";
import { LessonIntro } from "@/app/_components/lesson/LessonIntro";
import { Predict } from "@/app/_components/predict/Predict";
import { RunnableCode } from "@/app/_components/RunnableCode";

/** Components every lesson may use. RunnableCode and Predict are what ```python runnable and
 * ```python predict blocks become (mdx/remark-runnable-code.mjs), LessonIntro the outline put under a
 * lesson's title (mdx/remark-heading-ids.mjs; the lesson page adds the summary); `<Exercise id="..." />`
 * embeds a graded exercise from content/exercises. */
const components: MDXComponents = { RunnableCode, Predict, LessonIntro, Exercise };

export function useMDXComponents(): MDXComponents {
  return components;
}
