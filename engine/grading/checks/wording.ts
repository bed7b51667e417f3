/** Small pieces of the sentences checks say to the learner (tests/grading/evidence-messages.golden.txt). */

/** 1 -> "1 object"; 1200 -> "1,200 objects". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

/** 2 -> "2"; 2, 8 -> "2 and 8"; 2, 5, 8 -> "2, 5 and 8". */
export function listed(numbers: number[]): string {
  return numbers.length < 2 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/** A full stop at the end, unless it has one. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A line of the learner's program, trimmed (1-based). */
export function lineText(code: string, line: number): string {
  return code.split("\n")[line - 1]?.trim() ?? "";
}

/** A line of the learner's program as evidence. */
export function atLine(code: string, line: number): { line: { number: number; text: string } } {
  return { line: { number: line, text: lineText(code, line) } };
}
