/** A number's bounds as a check states them (equals / atLeast / atMost). */
export type Bounds = { equals?: number; atLeast?: number; atMost?: number };

export function withinBounds(value: number, bounds: Bounds): boolean {
  return (
    (bounds.equals === undefined || value === bounds.equals) &&
    (bounds.atLeast === undefined || value >= bounds.atLeast) &&
    (bounds.atMost === undefined || value <= bounds.atMost)
  );
}

/** "exactly 1", "at least 2", "between 1 and 3", "at most 64" */
export function describeBounds(bounds: Bounds): string {
  if (bounds.equals !== undefined) return `exactly ${bounds.equals.toLocaleString("en-US")}`;
  if (bounds.atLeast !== undefined && bounds.atMost !== undefined) return `between ${bounds.atLeast.toLocaleString("en-US")} and ${bounds.atMost.toLocaleString("en-US")}`;
  if (bounds.atLeast !== undefined) return `at least ${bounds.atLeast.toLocaleString("en-US")}`;
  return `at most ${(bounds.atMost ?? 0).toLocaleString("en-US")}`;
}
