import fs from "node:fs";
import path from "node:path";

export type CorpusFile = {
  file: string;
  code: string;
  /** The value of a header comment line `# NAME: value`, or "". */
  header(name: string): string;
};

/** The .py files of a corpus folder in name order, each with its header comments. */
export function readPythonCorpus(dir: string): CorpusFile[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".py"))
    .sort()
    .map((file) => {
      const code = fs.readFileSync(path.join(dir, file), "utf8");
      return { file, code, header: (name: string) => new RegExp(`^# ${name}: (.+)$`, "m").exec(code)?.[1]?.trim() ?? "" };
    });
}
