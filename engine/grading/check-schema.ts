import { z } from "zod";
import { type JsonValue, PYTHON_VERSIONS } from "../protocol";

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

const base = { id: z.string().regex(ID, "must be a slug like 'no-leak'"), title: z.string().min(1) };

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
  z.object({ ...base, kind: z.literal("limits") }),
]);

export const checksFileSchema = z
  .object({
    title: z.string().min(1),
    lesson: z.string().regex(ID).optional(),
    python: z.enum(PYTHON_VERSIONS).default("3.14"),
    limits: z.object({ timeoutMs: z.number().int().positive().max(30_000), maxMemoryBytes: z.number().int().positive() }).partial().default({}),
    checks: z.array(checkSchema).min(1),
  })
  .refine((file) => new Set(file.checks.map((check) => check.id)).size === file.checks.length, { message: "check ids must be unique", path: ["checks"] });

export type Check = z.infer<typeof checkSchema>;
export type ChecksFile = z.infer<typeof checksFileSchema>;

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
