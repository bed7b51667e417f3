// @ts-check
/**
 * The code-block kinds of a lesson, read from a fenced block's meta string (mdx/code-meta.mjs):
 *
 * - ```python runnable  becomes <RunnableCode code language />, an editor the learner can change and run;
 * - ```python predict id=... question="..." [choices="a|b|c"]  becomes
 *   <Predict id lesson question choices code language line />: read-only code, a question the learner
 *   answers before Run shows what CPython prints (its last stdout line);
 * - every other block stays a code block for rehype-pretty-code to highlight at build time.
 *
 * A malformed predict block (no id, an id used twice in the lesson, an empty choice...) fails the build
 * with the lesson's file and line, rather than rendering a question that can never be answered.
 * Ids must also be unique across the course: tests/unit/predict-blocks.test.ts checks that, since the
 * build compiles one lesson at a time.
 *
 * Plain JavaScript because the MDX loader imports plugins by path at build time, before any
 * TypeScript compilation; @ts-check keeps it type-checked by `npm run typecheck`.
 */
import path from "node:path";
import { CodeMetaError, parseCodeMeta } from "./code-meta.mjs";

/** @typedef {{ type: string, lang?: string | null, meta?: string | null, value?: string, depth?: number, position?: { start: { line: number } }, children?: MdNode[] } & Record<string, unknown>} MdNode */
/** @typedef {{ path?: string } | undefined} SourceFile */
/**
 * A predict block as the lesson states it. `choices` is null when the learner types a whole number.
 * @typedef {{ id: string, question: string, choices: string[] | null, code: string, line: number }} PredictBlock
 */

export const RUNNABLE_COMPONENT = "RunnableCode";
export const PREDICT_COMPONENT = "Predict";

/** Ids become URLs (/api/predictions/<id>) and database keys. */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PREDICT_ATTRIBUTES = ["id", "question", "choices"];

/** The file as a person reads it in an error: relative to the project, when it is inside it. @param {SourceFile} file */
function fileLabel(file) {
  if (!file?.path) return "<mdx>";
  const relative = path.relative(process.cwd(), file.path);
  return relative.startsWith("..") ? file.path : relative;
}

/** The lesson's slug, from its file name (content/lessons/<slug>.mdx). @param {SourceFile} file */
function lessonSlug(file) {
  return file?.path ? path.basename(file.path).replace(/\.mdx?$/, "") : "";
}

/**
 * The flags of a code block. A meta string this module cannot read belongs to another tool (e.g.
 * rehype-pretty-code's `{1,3}` line highlights): its plain words are still read as flags, so that a
 * predict block with a typo reaches readPredictBlock and fails there, with its line.
 * @param {MdNode} node
 */
function flagsOf(node) {
  if (node.type !== "code") return [];
  try {
    return parseCodeMeta(node.meta).flags;
  } catch (error) {
    if (!(error instanceof CodeMetaError)) throw error;
    return (node.meta ?? "").split(/\s+/).filter((word) => /^[A-Za-z][\w-]*$/.test(word));
  }
}

/**
 * Reads and checks a ```python predict block. Throws an Error naming the file and line.
 * @param {MdNode} node
 * @param {SourceFile} file
 * @returns {PredictBlock}
 */
export function readPredictBlock(node, file) {
  const line = node.position?.start.line ?? 0;
  const fail = (/** @type {string} */ problem) => new Error(`${fileLabel(file)}:${line}: predict block: ${problem}`);
  let meta;
  try {
    meta = parseCodeMeta(node.meta);
  } catch (error) {
    if (error instanceof CodeMetaError) throw fail(error.message);
    throw error;
  }
  if (node.lang !== "python") throw fail(`the language must be python, not ${node.lang ?? "none"}`);
  if (meta.flags.includes("runnable")) throw fail("a block is either runnable or predict, not both");
  const unknown = Object.keys(meta.attributes).filter((name) => !PREDICT_ATTRIBUTES.includes(name));
  if (unknown.length > 0) throw fail(`unknown option ${unknown.join(", ")} (a predict block takes id, question and choices)`);
  const { id, question, choices } = meta.attributes;
  if (id === undefined) throw fail('the id is missing: id=some-kebab-case-name, unique across the course');
  if (!KEBAB.test(id)) throw fail(`id "${id}" must be kebab-case (lowercase words joined by dashes)`);
  if (!question?.trim()) throw fail(`${id}: the question is missing: question="What does the last line print?"`);
  const code = (node.value ?? "").replace(/\n$/, "");
  if (!code.trim()) throw fail(`${id}: the block has no code`);
  if (choices === undefined) return { id, question: question.trim(), choices: null, code, line };
  const options = choices.split("|").map((choice) => choice.trim());
  if (options.some((choice) => choice === "")) throw fail(`${id}: choices="${choices}" has an empty choice (separate choices with |)`);
  if (options.length < 2) throw fail(`${id}: choices="${choices}" needs at least two choices (leave choices out to ask for a number)`);
  const repeated = options.find((choice, index) => options.indexOf(choice) !== index);
  if (repeated !== undefined) throw fail(`${id}: choice "${repeated}" is given twice`);
  return { id, question: question.trim(), choices: options, code, line };
}

/**
 * Every predict block of one lesson's syntax tree with its node, in order, checked; an id used twice
 * in the lesson is an error naming both lines.
 * @param {MdNode} tree
 * @param {SourceFile} file
 * @returns {{ node: MdNode, block: PredictBlock }[]}
 */
function collectPredictBlocks(tree, file) {
  /** @type {{ node: MdNode, block: PredictBlock }[]} */
  const found = [];
  const walk = (/** @type {MdNode} */ node) => {
    if (flagsOf(node).includes("predict")) found.push({ node, block: readPredictBlock(node, file) });
    node.children?.forEach(walk);
  };
  walk(tree);
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const { block } of found) {
    const first = seen.get(block.id);
    if (first !== undefined) throw new Error(`${fileLabel(file)}:${block.line}: predict block: id "${block.id}" is already used on line ${first}`);
    seen.set(block.id, block.line);
  }
  return found;
}

/**
 * Every predict block of one lesson's syntax tree (as parsed, before this plugin runs), in order.
 * @param {MdNode} tree
 * @param {SourceFile} file
 * @returns {PredictBlock[]}
 */
export function predictBlocksIn(tree, file) {
  return collectPredictBlocks(tree, file).map(({ block }) => block);
}

/** @param {string} name @param {string} value */
const attribute = (name, value) => ({ type: "mdxJsxAttribute", name, value });

/** @param {MdNode} node */
function toEditorElement(node) {
  return {
    type: "mdxJsxFlowElement",
    name: RUNNABLE_COMPONENT,
    attributes: [attribute("code", node.value ?? ""), attribute("language", node.lang ?? "python")],
    children: [],
  };
}

/** @param {PredictBlock} block @param {SourceFile} file */
function toPredictElement(block, file) {
  const attributes = [attribute("id", block.id), attribute("lesson", lessonSlug(file)), attribute("question", block.question), attribute("code", block.code)];
  // `|`-separated, as in the lesson: a string attribute needs no JavaScript expression in the MDX output.
  if (block.choices) attributes.push(attribute("choices", block.choices.join("|")));
  return { type: "mdxJsxFlowElement", name: PREDICT_COMPONENT, attributes, children: [] };
}

export default function remarkRunnableCode() {
  /** @param {MdNode} tree @param {SourceFile} file */
  return (tree, file) => {
    const predicts = new Map(collectPredictBlocks(tree, file).map(({ node, block }) => [node, block]));
    const transform = (/** @type {MdNode} */ node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        const block = predicts.get(child);
        if (block) return toPredictElement(block, file);
        return flagsOf(child).includes("runnable") ? toEditorElement(child) : child;
      });
      node.children.forEach(transform);
    };
    transform(tree);
  };
}
