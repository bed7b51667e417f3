import { z } from "zod";
import type { JsonValue } from "../../protocol";
import type { Bounds } from "./bounds";

/**
 * Fields that several kinds of check share, and the rules for them. Each kind's module spreads
 * `base` into its own schema (see registry.ts).
 */

/** A check's id, a mark's name, a lesson's slug: `no-leak`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Python name: a class, a function. */
export const NAME = /^[A-Za-z_]\w*$/;

/** A dotted path from a name: `node`, `node.parent`, `items[0]`, `table["key"]`. */
export const PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[(?:-?\d+|"[^"]*"|'[^']*')\])*$/;

export const json: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(json), z.record(z.string(), json)]));

/** What every check has: an id (what known-wrong attempts name), a title (what the learner reads), its weight, what it requires. */
export const base = {
  id: z.string().regex(SLUG, "must be a slug like 'no-leak'"),
  title: z.string().min(1),
  /** Its share of the score relative to the other checks' weights. */
  weight: z.number().positive().max(100).default(1),
  /** Checks that must pass for this one to earn its weight (see credit.ts). */
  requires: z.array(z.string().regex(SLUG)).min(1).optional(),
};

/** A number compared with at least one bound (wrap the object in `bounded`). */
export const bound = {
  equals: z.number().optional(),
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
};

/** The object schema of a check compared with bounds (spread `bound` into it), refused without any. */
export function bounded<T extends z.ZodObject>(schema: T): T {
  return schema.refine(
    (check) => {
      const { equals, atLeast, atMost } = check as Bounds;
      return equals !== undefined || atLeast !== undefined || atMost !== undefined;
    },
    { message: "needs at least one of equals, atLeast, atMost" },
  );
}
