import { diffLines } from "diff";

/**
 * A value of engine/trace/version-diff.ts as the comparison table prints it: booleans and numbers as
 * they are ("true", "4,294,967,295"), absent as "—" (the name does not exist on that version), null
 * as "none" (not measured: untracked objects have no generation), the list of collections one per line.
 */
export function diffValueText(value: unknown): string {
  if (value === undefined) return "—";
  if (value === null) return "none";
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((item) => (isCollection(item) ? `generation ${item.generation}: ${item.collected} collected, ${item.uncollectable} uncollectable` : JSON.stringify(item))).join("\n");
  }
  return JSON.stringify(value);
}

function isCollection(item: unknown): item is { generation: number; collected: number; uncollectable: number } {
  return typeof item === "object" && item !== null && "generation" in item && "collected" in item && "uncollectable" in item;
}

/** One line of a program's output beside the other version's, marked when the other side does not have it. */
export type OutputLine = { readonly text: string; readonly changed: boolean };

/**
 * Two outputs side by side: each side's lines, those the other side lacks marked (a line diff, so
 * one extra line does not mark everything after it).
 */
export function sideBySide(left: string, right: string): [OutputLine[], OutputLine[]] {
  const a: OutputLine[] = [];
  const b: OutputLine[] = [];
  for (const change of diffLines(left, right)) {
    const lines = change.value.replace(/\n$/, "").split("\n");
    for (const text of lines) {
      if (change.removed) a.push({ text, changed: true });
      else if (change.added) b.push({ text, changed: true });
      else {
        a.push({ text, changed: false });
        b.push({ text, changed: false });
      }
    }
  }
  return [a, b];
}
