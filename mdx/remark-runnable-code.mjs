// @ts-check
/**
 * Turns a fenced code block whose info string has the word `runnable` (```python runnable) into
 * <RunnableCode code="..." language="python" />, which mdx-components.tsx maps to a Monaco editor.
 * Every other block stays a code block for rehype-pretty-code to highlight at build time.
 *
 * Plain JavaScript because the MDX loader imports plugins by path at build time, before any
 * TypeScript compilation; @ts-check keeps it type-checked by `npm run typecheck`.
 */

/** @typedef {{ type: string, lang?: string | null, meta?: string | null, value?: string, children?: MdNode[] } & Record<string, unknown>} MdNode */

export const RUNNABLE_COMPONENT = "RunnableCode";

/** @param {MdNode} node */
function isRunnable(node) {
  return node.type === "code" && typeof node.meta === "string" && node.meta.split(/\s+/).includes("runnable");
}

/** @param {MdNode} node @returns {MdNode} */
function toEditorElement(node) {
  const attribute = (/** @type {string} */ name, /** @type {string} */ value) => ({ type: "mdxJsxAttribute", name, value });
  return {
    type: "mdxJsxFlowElement",
    name: RUNNABLE_COMPONENT,
    attributes: [attribute("code", node.value ?? ""), attribute("language", node.lang ?? "python")],
    children: [],
  };
}

/** @param {MdNode} node */
function transform(node) {
  if (!node.children) return;
  node.children = node.children.map((child) => (isRunnable(child) ? toEditorElement(child) : child));
  node.children.forEach(transform);
}

export default function remarkRunnableCode() {
  return transform;
}
