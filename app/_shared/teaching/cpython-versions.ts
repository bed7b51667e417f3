/**
 * CPython's answer to a predict block per version, as a teacher reads it: versions in order, and the
 * versions that agree named together ("3.11: 2 vs 3.12+: 1"). Shared by the server, which builds
 * ClassPrediction.cpython, and the chart, which labels it.
 */

/** "3.9" before "3.11": versions compare by their numbers, not as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.localeCompare(b);
}

/** Versions in a row that printed the same answer, and how to name them. */
export type VersionGroup = { versions: string[]; label: string; answer: string };

/**
 * The versions the class ran, oldest first, in runs of the same answer. A run of several versions
 * is named by its range ("3.12–3.13"), or "3.12+" when it reaches the newest version the class ran:
 * behaviour that changed in 3.12 and stayed. Empty when no run was reported.
 */
export function versionGroups(cpython: Record<string, string>): VersionGroup[] {
  const runs: { versions: string[]; answer: string }[] = [];
  for (const [version, answer] of Object.entries(cpython).sort(([a], [b]) => compareVersions(a, b))) {
    const last = runs.at(-1);
    if (last && last.answer === answer) last.versions.push(version);
    else runs.push({ versions: [version], answer });
  }
  return runs.map((run, index) => {
    const [first = "", ...more] = run.versions;
    const final = more.at(-1);
    const label = final === undefined ? first : index === runs.length - 1 ? `${first}+` : `${first}–${final}`;
    return { ...run, label };
  });
}
