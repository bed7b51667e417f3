import path from "node:path";
import { readPythonCorpus } from "../support/python-corpus";

export type Forgery = {
  file: string;
  code: string;
  /** The exercise it tries to pass. */
  exercise: string;
  /** The stdout its forged result claims. */
  claims: string;
};

/** The forged-grade programs of ./forgeries, with their headers ("# exercise:", "# claims:"). */
export function readForgeries(): Forgery[] {
  return readPythonCorpus(path.join(import.meta.dirname, "forgeries")).map(({ file, code, header }) => ({
    file,
    code,
    exercise: header("exercise"),
    claims: header("claims"),
  }));
}
