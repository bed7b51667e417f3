import { withinBounds } from "./bounds";

/**
 * What a check can vouch for on its own. A score means something only if a program that does not
 * try cannot earn it: `pass`, `print(True)` or the starter unchanged must score 0. Three roles:
 * - "ran": says only that the program finished (a limits check). A program that did not finish
 *   scores 0 anyway, so it carries no weight at all.
 * - "alongside": passed by a program that does nothing (no Node alive, memory stays low, no global
 *   grows) or reads only what was printed, which `print()` fakes. It earns its weight only together
 *   with a "standalone" check it names in `requires`.
 * - "standalone": fails unless the program does what the exercise asks (a collection happened, a
 *   reference count, a generator, a function's results).
 */
export type CheckRole = "ran" | "alongside" | "standalone";

/** The fields of a check that decide its role (the schema's input and output both have them). */
type RoleFields =
  | { kind: "limits" }
  | { kind: "stdout" }
  | { kind: "peakMemory" }
  | { kind: "alive" | "collected"; equals?: number; atLeast?: number; atMost?: number }
  | { kind: "structure"; rule: string }
  | { kind: "refcount" | "sizeof" | "weakref" | "call" };

export function roleOf(check: RoleFields): CheckRole {
  switch (check.kind) {
    case "limits":
      return "ran";
    case "stdout":
    case "peakMemory":
      return "alongside";
    case "alive":
    case "collected":
      // "No Node alive" holds in a program that never made one; "collected at least 0" always holds.
      return withinBounds(0, check) ? "alongside" : "standalone";
    case "structure":
      return check.rule === "no-growing-global" ? "alongside" : "standalone";
    default:
      return "standalone";
  }
}
