import type { MDXComponents } from "mdx/types";
import { Exercise } from "@/app/_components/Exercise";
import { RunnableCode } from "@/app/_components/RunnableCode";

/** Components every lesson may use. RunnableCode is what ```python runnable blocks become;
 * `<Exercise id="..." />` embeds a graded exercise from content/exercises. */
const components: MDXComponents = { RunnableCode, Exercise };

export function useMDXComponents(): MDXComponents {
  return components;
}
