import fs from "node:fs";
import path from "node:path";

export type Forgery = {
  file: string;
  code: string;
  /** The exercise it tries to pass. */
  exercise: string;
  /** The stdout its forged result claims. */
  claims: string;
};

const DIR = path.join(import.meta.dirname, "forgeries");

/** The forged-grade programs of ./forgeries, with their headers ("# exercise:", "# claims:"). */
export function readForgeries(): Forgery[] {
  return fs
    .readdirSync(DIR)
    .filter((file) => file.endsWith(".py"))
    .sort()
    .map((file) => {
      const code = fs.readFileSync(path.join(DIR, file), "utf8");
      const header = (name: string) => new RegExp(`^# ${name}: (.+)$`, "m").exec(code)?.[1]?.trim() ?? "";
      return { file, code, exercise: header("exercise"), claims: header("claims") };
    });
}
