/**
 * Marked lines: a refcount check is read where the program reaches the line that ends with
 * `# mark: NAME`. The learner keeps the starter's marked line as it is; a mark moved to another
 * statement is not that line any more.
 */
const MARK = /#\s*mark:\s*([a-z0-9-]+)\s*$/;

export type MarkedLine = { number: number; code: string };

export function findMark(source: string, name: string): MarkedLine | null {
  const lines = source.split("\n");
  for (const [index, line] of lines.entries()) {
    const match = MARK.exec(line);
    if (match?.[1] === name) return { number: index + 1, code: line.slice(0, match.index).trim() };
  }
  return null;
}
