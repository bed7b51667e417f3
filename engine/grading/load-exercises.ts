import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseChecksFile } from "./checks-file";
import type { Exercise, WrongAttempt } from "./exercise";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FAILS = /^#\s*fails:\s*(.+)$/;
const REQUIRED = ["prompt.mdx", "starter.py", "solution.py", "hints.md", "checks.json"] as const;

/** Every exercise in `dir` (content/exercises), by id. A malformed folder throws, naming the file and the field. */
export function loadExercises(dir: string): Exercise[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => loadExercise(path.join(dir, entry.name)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function loadExercise(folder: string): Exercise {
  const id = path.basename(folder);
  const where = `content/exercises/${id}`;
  if (!ID.test(id)) throw new Error(`${where}: the folder name must be a slug like "break-the-cycle"`);
  for (const file of REQUIRED) if (!fs.existsSync(path.join(folder, file))) throw new Error(`${where}: missing ${file}`);
  const read = (file: string) => fs.readFileSync(path.join(folder, file), "utf8");
  const spec = parseChecksFile(`${where}/checks.json`, read("checks.json"));
  const ids = new Set(spec.checks.map((check) => check.id));
  const wrongDir = path.join(folder, "wrong");
  const wrongFiles = fs.existsSync(wrongDir) ? fs.readdirSync(wrongDir).filter((file) => file.endsWith(".py")).sort() : [];
  const wrongAttempts: WrongAttempt[] = wrongFiles.map((file) => {
    const code = fs.readFileSync(path.join(wrongDir, file), "utf8");
    const match = FAILS.exec(code.split("\n", 1)[0] ?? "");
    if (!match?.[1]) throw new Error(`${where}/wrong/${file}: the first line must be "# fails: check-id, ..."`);
    const fails = match[1].split(",").map((name) => name.trim());
    for (const name of fails) if (!ids.has(name)) throw new Error(`${where}/wrong/${file}: names check "${name}", which checks.json does not define`);
    return { name: file.replace(/\.py$/, ""), code, fails };
  });
  const hash = createHash("sha256");
  for (const file of [...REQUIRED, ...wrongFiles.map((file) => `wrong/${file}`)]) hash.update(`${file}\0${read(file)}\0`);
  return {
    id,
    title: spec.title,
    lesson: spec.lesson ?? null,
    versions: spec.versions,
    python: spec.python,
    limits: spec.limits,
    prompt: read("prompt.mdx"),
    starter: read("starter.py"),
    hints: read("hints.md")
      .split(/^---$/m)
      .map((hint) => hint.trim())
      .filter(Boolean),
    solution: read("solution.py"),
    wrongAttempts,
    checks: spec.checks,
    contentHash: hash.digest("hex"),
  };
}
