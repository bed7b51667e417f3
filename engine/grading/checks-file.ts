import { z } from "zod";
import { DEFAULT_PYTHON, PYTHON_VERSIONS, type PythonVersion } from "../protocol";
import { creditProblems } from "./checks/credit";
import { SLUG } from "./checks/fields";
import { checkSchema } from "./checks/registry";

/**
 * The checks file of an exercise (content/exercises/<id>/checks.json): its title and lesson, the
 * Python versions it is graded on, its limits, and its checks (each kind's fields are in its
 * module, engine/grading/checks/).
 */
export const checksFileSchema = z
  .object({
    title: z.string().min(1),
    lesson: z.string().regex(SLUG).optional(),
    /**
     * The versions a learner may pick and the golden tests grade it on: every version the engine
     * has unless named. An exercise whose checks CPython answers differently on some version
     * names the versions it supports.
     */
    versions: z.array(z.enum(PYTHON_VERSIONS)).min(1).optional(),
    /** The version offered first: 3.14 (the engine's default), or the newest of `versions` without it. */
    python: z.enum(PYTHON_VERSIONS).optional(),
    limits: z.object({ timeoutMs: z.number().int().positive().max(30_000), maxMemoryBytes: z.number().int().positive() }).partial().default({}),
    checks: z.array(checkSchema).min(1),
  })
  .refine((file) => new Set(file.checks.map((check) => check.id)).size === file.checks.length, { message: "check ids must be unique", path: ["checks"] })
  .refine((file) => !file.versions || new Set(file.versions).size === file.versions.length, { message: "names a version twice", path: ["versions"] })
  .refine((file) => !file.python || !file.versions || file.versions.includes(file.python), { message: "must be one of versions", path: ["python"] })
  .superRefine((file, context) => {
    for (const problem of creditProblems(file.checks)) context.addIssue({ code: "custom", ...problem });
  })
  .transform(({ versions: named, python, ...file }) => {
    // In the engine's order, whatever the file's.
    const versions = PYTHON_VERSIONS.filter((version) => !named || named.includes(version));
    return { ...file, versions, python: python ?? defaultPython(versions) };
  });

export type ChecksFile = z.output<typeof checksFileSchema>;

function defaultPython(versions: PythonVersion[]): PythonVersion {
  return versions.includes(DEFAULT_PYTHON) ? DEFAULT_PYTHON : (versions.at(-1) ?? DEFAULT_PYTHON);
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
