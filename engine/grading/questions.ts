import type { Question } from "../protocol";
import type { Check } from "./check-schema";

/**
 * The questions a list of checks needs answered after the program ran, and where each check's
 * answers are in the list (a call check has one per case).
 */
export function questionsFor(checks: Check[], source: string): { questions: Question[]; positions: Map<string, number[]> } {
  const questions: Question[] = [];
  const positions = new Map<string, number[]>();
  const ask = (check: Check, question: Question) => {
    positions.set(check.id, [...(positions.get(check.id) ?? []), questions.length]);
    questions.push(question);
  };
  // The collector's total first: answering "alive" runs a collection of the grader's own.
  const ordered = [...checks.filter((check) => check.kind === "collected"), ...checks.filter((check) => check.kind !== "collected")];
  for (const check of ordered) {
    if (check.kind === "alive") ask(check, { kind: "alive", class: check.class });
    else if (check.kind === "sizeof") ask(check, { kind: "sizeof", expr: check.expr });
    else if (check.kind === "weakref") ask(check, { kind: "weakref", expr: check.expr });
    else if (check.kind === "structure") ask(check, { kind: "structure", source });
    else if (check.kind === "collected") ask(check, { kind: "collected" });
    else if (check.kind === "call") for (const testCase of check.cases) ask(check, { kind: "call", function: check.function, args: testCase.args });
  }
  return { questions, positions };
}
