import { z } from "zod";
import { heapAt } from "../../trace/heap-at";
import { findMark } from "../marks";
import { holdersOf, locate } from "../object-path";
import { describeBounds, withinBounds } from "./bounds";
import { base, bound, bounded, PATH, SLUG } from "./fields";
import { checkKind } from "./kind";
import { plural } from "./wording";

/**
 * The reference count of `expr` when the program reaches the line marked `# mark: NAME`, read from
 * the trace (exact: the probe's own references subtracted). Nothing runs in the program to answer it.
 */
export const refcount = checkKind({
  kind: "refcount",
  schema: bounded(
    z.object({ ...base, kind: z.literal("refcount"), expr: z.string().regex(PATH, "must be a name with .attribute or [index] parts"), mark: z.string().regex(SLUG), ...bound }),
  ),
  role: () => "standalone",
  trace: {
    lines(check, source) {
      const mark = findMark(source, check.mark);
      return mark ? [mark.number] : [];
    },
  },
  evaluate(check, { result: { trace }, code, starter }) {
    const marked = `the line marked "# mark: ${check.mark}"`;
    const mark = findMark(code, check.mark);
    if (!mark) return { passed: false, summary: `Your program has no line ending in "# mark: ${check.mark}". Keep that line from the starter code as it is: the count is read there.` };
    const original = findMark(starter, check.mark);
    if (original && original.code !== mark.code) {
      return { passed: false, summary: `You changed ${marked}. Put it back as the starter code has it: the count is read on that line.`, evidence: { expected: original.code, actual: mark.code } };
    }
    const line = { number: mark.number, text: mark.code };
    const step = trace?.steps.find((candidate) => candidate.line === mark.number);
    if (!trace || !step) return { passed: false, summary: `Your program never ran line ${mark.number} (${marked}), so nothing could be counted there.`, evidence: { line } };
    const heap = heapAt(trace, step.index);
    const resolved = locate(check.expr, step, heap);
    if (!("object" in resolved)) {
      const problem = resolved.missing === "name" ? `\`${resolved.name}\` is not a name your program has defined by then` : `\`${resolved.before}\` has no ${partWords(resolved.part)}`;
      const consequence = resolved.missing === "name" && resolved.name === check.expr ? "" : `, so \`${check.expr}\` cannot be counted`;
      return { passed: false, summary: `When line ${mark.number} runs, ${problem}${consequence}.`, evidence: { line } };
    }
    const count = resolved.object.refcount;
    const passed = withinBounds(count, check);
    const found = `When line ${mark.number} runs, \`${check.expr}\` has ${plural(count, "reference")}`;
    return {
      passed,
      summary: passed ? `${found} (${describeBounds(check)} expected).` : `${found}; it should have ${describeBounds(check)}.`,
      evidence: passed ? undefined : { holders: holdersOf(resolved.object.id, step, heap), line },
    };
  },
});

/** `[0]` -> "item [0]"; `["key"]` -> "key "key""; `.name` -> "attribute .name". */
function partWords(part: string): string {
  const key = /^\[(["'].*["'])\]$/.exec(part)?.[1];
  if (key) return `key ${key}`;
  return part.startsWith("[") ? `item ${part}` : `attribute ${part}`;
}
