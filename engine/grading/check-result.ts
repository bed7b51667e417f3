import type { Check } from "./check-schema";

/** What explains a check's outcome to the learner; every field is optional, all are plain text. */
export type Evidence = {
  expected?: string;
  actual?: string;
  /** What still holds an object, from a global name down to it ("global 'cache'", "list [0]", ...). */
  holders?: string[];
  /** A line of the learner's program (where memory peaked, where a rule is broken). */
  line?: { number: number; text: string };
  note?: string;
};

export type CheckResult = {
  id: string;
  kind: Check["kind"];
  title: string;
  passed: boolean;
  /** One sentence: what was found. */
  summary: string;
  evidence: Evidence | null;
};
