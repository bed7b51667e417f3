import { z } from "zod";
import { PYTHON_VERSIONS, RUN_STATUSES } from "../protocol";
import type { CheckResult, Evidence } from "./check-result";
import { CHECK_KINDS } from "./checks/registry";
import type { GradeResult } from "./grade";

/**
 * A stored grade read back from the database: what grade() returned, checked field by field rather
 * than cast, so a row written by an older grader (or by hand) is caught where it is read, and the
 * page reads the server's answer through it too.
 */
const evidenceSchema = z.object({
  expected: z.string().optional(),
  actual: z.string().optional(),
  holders: z.array(z.string()).optional(),
  reachedBy: z.string().optional(),
  chain: z.array(z.string()).optional(),
  line: z.object({ number: z.int(), text: z.string() }).optional(),
  note: z.string().optional(),
}) satisfies z.ZodType<Evidence>;

const checkKinds = CHECK_KINDS.map((kind) => kind.kind) as [CheckResult["kind"], ...CheckResult["kind"][]];

const checkResultSchema = z.object({
  id: z.string(),
  kind: z.enum(checkKinds),
  title: z.string(),
  passed: z.boolean(),
  state: z.enum(["passed", "failed", "not-counted", "not-reached"]),
  weight: z.number(),
  summary: z.string(),
  evidence: evidenceSchema.nullable(),
});

export const gradeResultSchema = z.object({
  exerciseId: z.string(),
  contentHash: z.string(),
  mode: z.enum(["preview", "authoritative"]),
  python: z.enum(PYTHON_VERSIONS),
  passed: z.boolean(),
  score: z.number().min(0).max(1),
  stopped: z.string().nullable(),
  checks: z.array(checkResultSchema),
  run: z.object({ status: z.enum(RUN_STATUSES), stdout: z.string(), stderr: z.string(), durationMs: z.number(), engine: z.string() }),
});

/** A grade as the database holds it: grades stored before checks had a state lack it. */
export const storedGradeResultSchema = gradeResultSchema.extend({ checks: z.array(checkResultSchema.extend({ state: checkResultSchema.shape.state.optional() })) });

// The schema and the type grade() returns must stay one: a new field in GradeResult fails to compile here.
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees: Agrees<z.infer<typeof gradeResultSchema>, GradeResult> = true;
void agrees;
