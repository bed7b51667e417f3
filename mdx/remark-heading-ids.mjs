// @ts-check
/**
 * Gives every H2 and H3 of a lesson an id made from its text (`## Names are references, not boxes`
 * becomes `id="names-are-references-not-boxes"`), so that a section can be linked to, and puts the
 * lesson's outline right after its H1 as <LessonIntro headings={[...]} />: the H2s, in order, each with
 * its id and its text in parts (inline code kept as code). The lesson page renders LessonIntro with
 * the lesson's summary and an "In this lesson" list (app/_components/lesson/LessonIntro.tsx).
 *
 * Plain JavaScript because the MDX loader imports plugins by path at build time, before any
 * TypeScript compilation; @ts-check keeps it type-checked by `npm run typecheck`.
 */

/** @typedef {{ type: string, depth?: number, value?: string, data?: Record<string, unknown>, children?: MdNode[] } & Record<string, unknown>} MdNode */
/** @typedef {{ text: string, code: boolean }} HeadingPart */
/** @typedef {{ id: string, parts: HeadingPart[] }} HeadingEntry */

export const INTRO_COMPONENT = "LessonIntro";

/** A heading's text in parts: inline code apart from the rest, emphasis and links flattened. @param {MdNode} node @returns {HeadingPart[]} */
export function headingParts(node) {
  /** @type {HeadingPart[]} */
  const parts = [];
  const walk = (/** @type {MdNode} */ child) => {
    if (child.type === "inlineCode") parts.push({ text: child.value ?? "", code: true });
    else if (child.type === "text") {
      const last = parts[parts.length - 1];
      if (last && !last.code) last.text += child.value ?? "";
      else parts.push({ text: child.value ?? "", code: false });
    } else child.children?.forEach(walk);
  };
  node.children?.forEach(walk);
  return parts;
}

/**
 * A URL fragment from a heading's text: its letters, digits and underscores in lowercase, words joined
 * by single dashes (`` `is` compares identity, `==` compares value `` gives
 * `is-compares-identity-compares-value`, `` `__slots__` `` gives `__slots__`).
 * @param {string} text
 */
export function slugify(text) {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^\p{Letter}\p{Number}\s_-]/gu, "")
      .trim()
      .replace(/[\s-]+/g, "-")
      .replace(/^-|-$/g, "") || "section"
  );
}

/**
 * A JSON-like value as an ESTree expression, which is how MDX carries a JSX attribute's value.
 * @param {unknown} value
 * @returns {Record<string, unknown>}
 */
function expressionOf(value) {
  if (Array.isArray(value)) return { type: "ArrayExpression", elements: value.map(expressionOf) };
  if (value !== null && typeof value === "object") {
    return {
      type: "ObjectExpression",
      properties: Object.entries(value).map(([key, item]) => ({
        type: "Property",
        key: { type: "Literal", value: key },
        value: expressionOf(item),
        kind: "init",
        method: false,
        shorthand: false,
        computed: false,
      })),
    };
  }
  return { type: "Literal", value };
}

/** @param {HeadingEntry[]} headings */
function introElement(headings) {
  const program = { type: "Program", sourceType: "module", body: [{ type: "ExpressionStatement", expression: expressionOf(headings) }] };
  return {
    type: "mdxJsxFlowElement",
    name: INTRO_COMPONENT,
    attributes: [{ type: "mdxJsxAttribute", name: "headings", value: { type: "mdxJsxAttributeValueExpression", value: JSON.stringify(headings), data: { estree: program } } }],
    children: [],
  };
}

export default function remarkHeadingIds() {
  /** @param {MdNode} tree */
  return (tree) => {
    const children = tree.children ?? [];
    /** @type {Map<string, number>} */
    const used = new Map();
    /** @type {HeadingEntry[]} */
    const outline = [];
    for (const node of children) {
      if (node.type !== "heading" || (node.depth !== 2 && node.depth !== 3)) continue;
      const parts = headingParts(node);
      const base = slugify(parts.map((part) => part.text).join(" "));
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      const id = count === 0 ? base : `${base}-${count}`;
      node.data = { ...node.data, hProperties: { ...(/** @type {Record<string, unknown> | undefined} */ (node.data?.hProperties)), id } };
      if (node.depth === 2) outline.push({ id, parts });
    }
    // Only a lesson (a page with an H1) gets the outline.
    const title = children.findIndex((node) => node.type === "heading" && node.depth === 1);
    if (title >= 0) children.splice(title + 1, 0, introElement(outline));
  };
}
