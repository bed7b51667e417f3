import type { MDXComponents } from "mdx/types";
import { RunnableCode } from "@/app/_components/RunnableCode";

/** Components every lesson may use. RunnableCode is what ```python runnable blocks become. */
const components: MDXComponents = { RunnableCode };

export function useMDXComponents(): MDXComponents {
  return components;
}
