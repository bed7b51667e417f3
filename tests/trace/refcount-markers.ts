/**
 * The refcount corpus's markers: a line ending in `# refcount: a, b` asks for the reference counts
 * of the objects that `a` and `b` name just before that line runs, every time it runs.
 *
 * Ground truth comes from the same CPython, untraced: a variant of the program prints, before each
 * marked line and in the same scope, `sys.getrefcount` of each name and of a fresh object held by
 * one name only. That fresh object's count is 1 plus the argument's own reference, which CPython
 * documents as the "one higher than you might expect" and which 3.14 drops for borrowed loads
 * (LOAD_FAST_BORROW); loading both the same way in the same statement measures it, whatever the
 * version.
 */
export type Marker = { line: number; names: string[] };

const MARKER = /#\s*refcount:\s*([\w\s,]+)$/;
const PRINT_TAG = "@rc";

export function markersOf(source: string): Marker[] {
  return source.split("\n").flatMap((text, index) => {
    const match = MARKER.exec(text);
    return match?.[1] ? [{ line: index + 1, names: match[1].split(",").map((name) => name.trim()).filter(Boolean) }] : [];
  });
}

/** The program with a measuring statement before each marked line. */
export function untracedVariant(source: string): string {
  const lines = source.split("\n");
  const out = ["import sys as _hw_sys"];
  lines.forEach((text, index) => {
    const match = MARKER.exec(text);
    if (match?.[1]) {
      const indent = /^\s*/.exec(text)?.[0] ?? "";
      const names = match[1].split(",").map((name) => name.trim()).filter(Boolean);
      const counts = ["_hw_cal", ...names].map((name) => `_hw_sys.getrefcount(${name})`).join(", ");
      out.push(`${indent}_hw_cal = object(); print("${PRINT_TAG}", ${index + 1}, ${counts}, sep=","); del _hw_cal`);
    }
    out.push(text);
  });
  return out.join("\n");
}

/** What the variant printed: per marked line, in execution order, the raw counts and the argument's share. */
export type Measured = { line: number; argument: number; raw: number[] };

export function measuredFrom(stdout: string): Measured[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith(`${PRINT_TAG},`))
    .map((line) => {
      const [, lineNumber, calibration, ...raw] = line.split(",").map(Number);
      return { line: lineNumber ?? 0, argument: (calibration ?? 0) - 1, raw };
    });
}
