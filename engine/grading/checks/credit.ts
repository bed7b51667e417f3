import { type Check, isHidden, readsOutput, roleOf } from "./registry";

/**
 * What keeps a score from rewarding a program that does not try (CheckRole in kind.ts): a check a
 * do-nothing or print-only program passes earns credit only beside a standalone check it requires;
 * output checks carry less than half of the weight; the weight is not all on such checks.
 */
export function creditProblems(checks: Check[]): { message: string; path: PropertyKey[] }[] {
  const problems: { message: string; path: PropertyKey[] }[] = [];
  const byId = new Map(checks.map((check) => [check.id, check]));
  checks.forEach((check, index) => {
    const role = roleOf(check);
    if (role === "alongside" && !check.requires) {
      const why = readsOutput(check) ? "print() alone passes it" : "a program that does nothing passes it";
      problems.push({ message: `${why}: name in requires a check that such a program fails`, path: ["checks", index, "requires"] });
    }
    for (const id of check.requires ?? []) {
      const required = byId.get(id);
      if (!required || required === check) problems.push({ message: `names "${id}", which is not another check of this file`, path: ["checks", index, "requires"] });
      else if (isHidden(required)) {
        problems.push({ message: `"${id}" is hidden, so a preview in the browser could never count this check`, path: ["checks", index, "requires"] });
      } else if (roleOf(required) !== "standalone" || required.requires) {
        problems.push({ message: `"${id}" cannot vouch for it: a required check must fail for a program that does not try, and require nothing itself`, path: ["checks", index, "requires"] });
      }
    }
  });
  const weightOf = (kept: Check[]) => kept.reduce((sum, check) => sum + check.weight, 0);
  const total = weightOf(checks);
  if (weightOf(checks.filter(readsOutput)) * 2 >= total) problems.push({ message: "output checks must carry less than half of the total weight", path: ["checks"] });
  if (weightOf(checks.filter((check) => roleOf(check) === "standalone")) === 0) {
    problems.push({ message: "needs a check with weight that a program that does not try fails (not only stdout, limits, or checks an empty program passes)", path: ["checks"] });
  }
  return problems;
}
