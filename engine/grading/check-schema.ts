import { z } from "zod";
import { type JsonValue, PYTHON_VERSIONS } from "../protocol";
import { roleOf } from "./check-roles";

/**
 * The checks file of an exercise (content/exercises/<id>/checks.json). Every check has an id (what
 * known-wrong attempts name) and a title (what the learner reads); the rest depends on its kind.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const json: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(json), z.record(z.string(), json)]));

/** A number compared with at least one bound. */
const bound = {
  equals: z.number().optional(),
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
};
const hasBound = (check: { equals?: number; atLeast?: number; atMost?: number }) =>
  check.equals !== undefined || check.atLeast !== undefined || check.atMost !== undefined;
const boundMessage = { message: "needs at least one of equals, atLeast, atMost" };

/** A dotted path from a name: `node`, `node.parent`, `items[0]`, `table["key"]`. */
const PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[(?:-?\d+|"[^"]*"|'[^']*')\])*$/;

const base = {
  id: z.string().regex(ID, "must be a slug like 'no-leak'"),
  title: z.string().min(1),
  /** Its share of the score relative to the other checks' weights. */
  weight: z.number().positive().max(100).default(1),
  /** Checks that must pass for this one to earn its weight (see check-roles.ts). */
  requires: z.array(z.string().regex(ID)).min(1).optional(),
};

export const checkSchema = z.discriminatedUnion("kind", [
  z
    .object({ ...base, kind: z.literal("stdout"), equals: z.string().optional(), matches: z.string().optional() })
    .refine((check) => (check.equals === undefined) !== (check.matches === undefined), { message: "needs exactly one of equals, matches" })
    .refine((check) => check.matches === undefined || isRegExp(check.matches), { message: "matches is not a valid regular expression", path: ["matches"] }),
  z
    .object({ ...base, kind: z.literal("refcount"), expr: z.string().regex(PATH, "must be a name with .attribute or [index] parts"), mark: z.string().regex(ID), ...bound })
    .refine(hasBound, boundMessage),
  z.object({ ...base, kind: z.literal("collected"), ...bound }).refine(hasBound, boundMessage),
  z.object({ ...base, kind: z.literal("alive"), class: z.string().regex(/^[A-Za-z_]\w*$/), ...bound }).refine(hasBound, boundMessage),
  z.object({ ...base, kind: z.literal("peakMemory"), atMost: z.number().int().positive() }),
  z
    .object({ ...base, kind: z.literal("sizeof"), expr: z.string().min(1), bits: z.union([z.literal(32), z.literal(64)]).default(64), ...bound })
    .refine(hasBound, boundMessage),
  z.object({
    ...base,
    kind: z.literal("structure"),
    rule: z.enum(["defines-slots", "uses-generator", "uses-with", "no-growing-global"]),
    /** defines-slots: the class that must declare __slots__. */
    class: z.string().optional(),
  }),
  z.object({ ...base, kind: z.literal("weakref"), expr: z.string().regex(PATH), dead: z.boolean() }),
  z.object({
    ...base,
    kind: z.literal("call"),
    function: z.string().regex(/^[A-Za-z_]\w*$/),
    /** Hidden cases are never sent to the browser and their inputs never shown. */
    hidden: z.boolean().default(false),
    cases: z.array(z.object({ args: z.array(json), returns: json })).min(1),
  }),
  // It says only that the program ran, and a program that did not finish scores 0 anyway.
  z.object({ ...base, kind: z.literal("limits"), weight: z.literal(0, { message: "a limits check carries no weight: a program that did not finish scores 0 anyway" }).default(0) }),
]);

export const checksFileSchema = z
  .object({
    title: z.string().min(1),
    lesson: z.string().regex(ID).optional(),
    python: z.enum(PYTHON_VERSIONS).default("3.14"),
    limits: z.object({ timeoutMs: z.number().int().positive().max(30_000), maxMemoryBytes: z.number().int().positive() }).partial().default({}),
    checks: z.array(checkSchema).min(1),
  })
  .refine((file) => new Set(file.checks.map((check) => check.id)).size === file.checks.length, { message: "check ids must be unique", path: ["checks"] })
  .superRefine((file, context) => {
    for (const problem of creditProblems(file.checks)) context.addIssue({ code: "custom", ...problem });
  });

export type Check = z.infer<typeof checkSchema>;
export type ChecksFile = z.infer<typeof checksFileSchema>;

/**
 * What keeps a score from rewarding a program that does not try (check-roles.ts): a check a
 * do-nothing or print-only program passes earns credit only beside a standalone check it requires;
 * output checks carry less than half of the weight; the weight is not all on such checks.
 */
function creditProblems(checks: Check[]): { message: string; path: PropertyKey[] }[] {
  const problems: { message: string; path: PropertyKey[] }[] = [];
  const byId = new Map(checks.map((check) => [check.id, check]));
  checks.forEach((check, index) => {
    const role = roleOf(check);
    if (role === "alongside" && !check.requires) {
      const why = check.kind === "stdout" ? "print() alone passes it" : "a program that does nothing passes it";
      problems.push({ message: `${why}: name in requires a check that such a program fails`, path: ["checks", index, "requires"] });
    }
    for (const id of check.requires ?? []) {
      const required = byId.get(id);
      if (!required || required === check) problems.push({ message: `names "${id}", which is not another check of this file`, path: ["checks", index, "requires"] });
      else if (required.kind === "call" && required.hidden) {
        problems.push({ message: `"${id}" is hidden, so a preview in the browser could never count this check`, path: ["checks", index, "requires"] });
      } else if (roleOf(required) !== "standalone" || required.requires) {
        problems.push({ message: `"${id}" cannot vouch for it: a required check must fail for a program that does not try, and require nothing itself`, path: ["checks", index, "requires"] });
      }
    }
  });
  const total = checks.reduce((sum, check) => sum + check.weight, 0);
  const output = checks.filter((check) => check.kind === "stdout").reduce((sum, check) => sum + check.weight, 0);
  if (output * 2 >= total) problems.push({ message: "output checks must carry less than half of the total weight", path: ["checks"] });
  const standalone = checks.filter((check) => roleOf(check) === "standalone").reduce((sum, check) => sum + check.weight, 0);
  if (standalone === 0) problems.push({ message: "needs a check with weight that a program that does not try fails (not only stdout, limits, or checks an empty program passes)", path: ["checks"] });
  return problems;
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** Parses a checks file; the error names the file and each bad field by its path. */
export function parseChecksFile(where: string, text: string): ChecksFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = checksFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${fieldPath(issue.path) || "(file)"}: ${issue.message}`);
    throw new Error(`${where}: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** ["checks", 2, "atMost"] -> "checks[2].atMost" */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`)).join("");
}
