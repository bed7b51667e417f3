// @ts-check
/**
 * The meta string of a fenced code block: what follows the language on the opening line, e.g.
 *
 *     ```python predict id=refcount-tuple question="What does the last line print?" choices="2|3|4"
 *
 * is the flag `predict` and three attributes. A word is a flag; `key=value` is an attribute whose value
 * is either bare (no spaces or quotes) or double-quoted (spaces allowed, `\"` and `\\` escaped).
 * Shared by every code-block kind (mdx/remark-runnable-code.mjs) so that a quoted question containing
 * the word "runnable" is never mistaken for the flag.
 *
 * Plain JavaScript because the MDX loader imports plugins by path at build time, before any
 * TypeScript compilation; @ts-check keeps it type-checked by `npm run typecheck`.
 */

/** @typedef {{ flags: string[], attributes: Record<string, string> }} CodeMeta */

export class CodeMetaError extends Error {}

const NAME = /[A-Za-z][\w-]*/y;

/**
 * Parses a meta string. Throws CodeMetaError on text it cannot read (an unterminated quote, a key
 * given twice, `=` without a name), so that a typo fails the build instead of being ignored.
 * @param {string | null | undefined} meta
 * @returns {CodeMeta}
 */
export function parseCodeMeta(meta) {
  /** @type {CodeMeta} */
  const result = { flags: [], attributes: {} };
  const text = meta ?? "";
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text.charAt(at))) {
      at += 1;
      continue;
    }
    NAME.lastIndex = at;
    const name = NAME.exec(text)?.[0];
    if (!name) throw new CodeMetaError(`cannot read the code block's options at "${text.slice(at)}": expected a word or name=value`);
    at += name.length;
    if (text.charAt(at) !== "=") {
      if (at < text.length && !/\s/.test(text.charAt(at))) throw new CodeMetaError(`cannot read the code block's options at "${text.slice(at - name.length)}"`);
      if (!result.flags.includes(name)) result.flags.push(name);
      continue;
    }
    at += 1;
    let value = "";
    if (text.charAt(at) === '"') {
      at += 1;
      let closed = false;
      while (at < text.length) {
        const char = text.charAt(at);
        if (char === "\\" && (text.charAt(at + 1) === '"' || text.charAt(at + 1) === "\\")) {
          value += text.charAt(at + 1);
          at += 2;
        } else if (char === '"') {
          at += 1;
          closed = true;
          break;
        } else {
          value += char;
          at += 1;
        }
      }
      if (!closed) throw new CodeMetaError(`${name}="...": the closing quote is missing`);
      if (at < text.length && !/\s/.test(text.charAt(at))) throw new CodeMetaError(`${name}="...": put a space after the closing quote`);
    } else {
      while (at < text.length && !/\s/.test(text.charAt(at))) {
        if (text.charAt(at) === '"') throw new CodeMetaError(`${name}=: a value with quotes must start with one: ${name}="..."`);
        value += text.charAt(at);
        at += 1;
      }
    }
    if (Object.hasOwn(result.attributes, name)) throw new CodeMetaError(`${name} is given twice`);
    result.attributes[name] = value;
  }
  return result;
}
