import type { RunResult } from "../protocol";
import { heapAt } from "../trace/heap-at";
import type { Trace } from "../trace/schema";
import { aliveAnswer, callAnswer, collectedAnswer, isError, readAnswer, sizeofAnswer, structureAnswer, weakrefAnswer } from "./answers";
import { describeBounds, withinBounds } from "./bounds";
import type { Check } from "./check-schema";
import type { CheckResult, Evidence } from "./check-result";
import { findMark } from "./marks";
import { holdersOf, resolvePath } from "./object-path";

/** What one check is evaluated against: the run, its answers for this check, and the sources. */
export type CheckContext = {
  result: RunResult;
  answers: unknown[];
  code: string;
  starter: string;
};

type Outcome = { passed: boolean; summary: string; evidence?: Evidence };

export function evaluateCheck(check: Check, context: CheckContext): CheckResult {
  const outcome = evaluate(check, context);
  return { id: check.id, kind: check.kind, title: check.title, passed: outcome.passed, summary: outcome.summary, evidence: outcome.evidence ?? null };
}

const STOPPED: Partial<Record<RunResult["status"], string>> = {
  // Nothing its interpreter said afterwards is believed, so no check can pass (bridge-tripwire.ts).
  security: "the program reached outside Python (into JavaScript), so this run does not count",
  timeout: "the program ran past the time limit",
  memory: "the program ran out of memory",
  "output-limit": "the program wrote more output than allowed",
  crashed: "the interpreter crashed",
  stopped: "the program was stopped before it finished",
};

function evaluate(check: Check, { result, answers, code, starter }: CheckContext): Outcome {
  const stopped = STOPPED[result.status];
  // The last line of stderr says how the run was stopped; a security stop's summary already does.
  const stopNote = result.status === "security" ? undefined : { note: lastLine(result.inspection?.programStderr ?? result.stderr) };
  if (check.kind === "limits") {
    return stopped ? { passed: false, summary: `Stopped: ${stopped}.`, evidence: stopNote } : { passed: true, summary: "Finished within the time and memory limits." };
  }
  if (stopped) return { passed: false, summary: `Not checked: ${stopped}.`, evidence: stopNote };
  // A program that crashes passes nothing, not even the checks an empty program would.
  if (result.status === "exception" && result.exception) {
    return { passed: false, summary: `Not checked: the program raised ${result.exception.type}.`, evidence: { note: lastLine(result.inspection?.programStderr ?? result.stderr) } };
  }
  const trace = result.trace;
  switch (check.kind) {
    case "stdout": {
      const stdout = result.inspection?.programStdout ?? result.stdout;
      if (check.equals !== undefined) {
        const passed = stdout.trimEnd() === check.equals.trimEnd();
        return { passed, summary: passed ? "The output is as expected." : "The output differs.", evidence: passed ? undefined : { expected: check.equals, actual: stdout } };
      }
      const passed = new RegExp(check.matches ?? "", "m").test(stdout);
      return { passed, summary: passed ? "The output matches." : "The output does not match what was asked.", evidence: passed ? undefined : { expected: `text matching /${check.matches}/`, actual: stdout } };
    }
    case "refcount":
      return refcount(check, trace, code, starter);
    case "collected": {
      const answer = readAnswer(collectedAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error);
      const collected = answer.collected - (result.inspection?.collectedBefore ?? answer.collected);
      const passed = withinBounds(collected, check);
      return {
        passed,
        summary: `The collector freed ${collected} object${collected === 1 ? "" : "s"} (${describeBounds(check)} expected).`,
        evidence: passed ? undefined : { expected: describeBounds(check), actual: String(collected), note: gcNote(trace) },
      };
    }
    case "alive": {
      const answer = readAnswer(aliveAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error);
      const passed = withinBounds(answer.count, check);
      return {
        passed,
        summary: `${answer.count} ${check.class} instance${answer.count === 1 ? " is" : "s are"} still alive at the end (${describeBounds(check)} expected).`,
        evidence: passed ? undefined : { expected: describeBounds(check), actual: String(answer.count), holders: answer.chain ?? undefined, note: answer.chain ? undefined : "Nothing the program's names reach holds it: a reference cycle, or a reference from outside the program's names." },
      };
    }
    case "peakMemory":
      return peakMemory(check.atMost, trace, code);
    case "sizeof": {
      const answer = readAnswer(sizeofAnswer, answers[0]);
      if (isError(answer)) return unanswered(`${check.expr} could not be evaluated: ${answer.error}`);
      const size = check.bits === 64 ? answer.size64 : answer.size;
      if (size === null) return { passed: false, summary: `sys.getsizeof(${check.expr}) cannot be measured: ${answer.type} overrides __sizeof__ or has no ${check.bits}-bit equivalent.` };
      const passed = withinBounds(size, check);
      return {
        passed,
        summary: `sys.getsizeof(${check.expr}) is ${size} bytes on ${check.bits}-bit CPython (${describeBounds(check)} expected).`,
        evidence: passed ? undefined : { expected: `${describeBounds(check)} bytes`, actual: `${size} bytes (a ${answer.type}; ${answer.size ?? "?"} bytes in this 32-bit build)` },
      };
    }
    case "structure":
      return structure(check, answers[0], code);
    case "weakref": {
      const answer = readAnswer(weakrefAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error);
      const passed = answer.dead === check.dead;
      const state = answer.dead ? "dead: its object was freed" : `alive: it still leads to ${answer.referent ?? "its object"}`;
      return { passed, summary: `The weak reference ${check.expr} is ${state}.`, evidence: passed ? undefined : { expected: check.dead ? "dead" : "alive", actual: answer.dead ? "dead" : "alive" } };
    }
    case "call":
      return calls(check, answers);
  }
}

function unanswered(error: string): Outcome {
  return { passed: false, summary: "The grader could not check this.", evidence: { note: error } };
}

function lastLine(text: string): string | undefined {
  return text.trimEnd().split("\n").at(-1) || undefined;
}

function lineText(code: string, line: number): string {
  return code.split("\n")[line - 1]?.trim() ?? "";
}

function refcount(check: Extract<Check, { kind: "refcount" }>, trace: Trace | null, code: string, starter: string): Outcome {
  const mark = findMark(code, check.mark);
  if (!mark) return { passed: false, summary: `The line marked "# mark: ${check.mark}" is missing: keep it from the starter code.` };
  const original = findMark(starter, check.mark);
  if (original && original.code !== mark.code) {
    return { passed: false, summary: `The line marked "# mark: ${check.mark}" was changed.`, evidence: { expected: original.code, actual: mark.code } };
  }
  const step = trace?.steps.find((candidate) => candidate.line === mark.number);
  if (!trace || !step) return { passed: false, summary: `The program never reached line ${mark.number}.`, evidence: { line: { number: mark.number, text: mark.code } } };
  const heap = heapAt(trace, step.index);
  const object = resolvePath(check.expr, step, heap);
  if (!object) return { passed: false, summary: `At line ${mark.number}, ${check.expr} does not name an object.`, evidence: { line: { number: mark.number, text: mark.code } } };
  const passed = withinBounds(object.refcount, check);
  return {
    passed,
    summary: `At line ${mark.number}, ${check.expr} has ${object.refcount} reference${object.refcount === 1 ? "" : "s"} (${describeBounds(check)} expected).`,
    evidence: passed ? undefined : { expected: describeBounds(check), actual: String(object.refcount), holders: holdersOf(object.id, step, heap), line: { number: mark.number, text: mark.code } },
  };
}

function peakMemory(atMost: number, trace: Trace | null, code: string): Outcome {
  const peak = trace?.memory.peak;
  if (!trace || trace.memory.source === "none" || peak === null || peak === undefined) {
    return { passed: false, summary: "Memory was not measured (the program stopped tracemalloc?)." };
  }
  const passed = peak <= atMost;
  // The peak is reached while a line runs, and read at the step after it.
  const reached = trace.steps.findIndex((step) => (step.memory?.peak ?? 0) >= peak);
  const line = reached > 0 ? trace.steps[reached - 1]?.line : trace.steps[0]?.line;
  return {
    passed,
    summary: `Memory peaked at ${peak.toLocaleString("en-US")} bytes traced by tracemalloc (at most ${atMost.toLocaleString("en-US")} allowed).`,
    evidence: passed ? undefined : { expected: `at most ${atMost.toLocaleString("en-US")} bytes`, actual: `${peak.toLocaleString("en-US")} bytes`, line: line ? { number: line, text: lineText(code, line) } : undefined },
  };
}

function gcNote(trace: Trace | null): string | undefined {
  if (!trace || trace.gcEvents.length === 0) return "No collection ran while the program ran.";
  return trace.gcEvents.map((event) => `generation ${event.generation} collection: ${event.collected} collected`).join("; ");
}

function structure(check: Extract<Check, { kind: "structure" }>, raw: unknown, code: string): Outcome {
  const answer = readAnswer(structureAnswer, raw);
  if (isError(answer)) return unanswered(answer.error);
  const at = (line: number) => ({ line: { number: line, text: lineText(code, line) } });
  const [dynamic] = answer.dynamicCode;
  if (dynamic) return { passed: false, summary: `Line ${dynamic} runs code from a string, which these checks cannot see into.`, evidence: at(dynamic) };
  switch (check.rule) {
    case "defines-slots": {
      const classes = Object.keys(answer.slots);
      const passed = check.class ? classes.includes(check.class) : classes.length > 0;
      return { passed, summary: passed ? `${check.class ?? classes[0]} declares __slots__.` : `${check.class ? `Class ${check.class} does` : "No class does"} not declare __slots__.` };
    }
    case "uses-generator": {
      const [first] = answer.generators;
      return first ? { passed: true, summary: `A generator at line ${first}.` } : { passed: false, summary: "No generator (a yield or a generator expression) in the program." };
    }
    case "uses-with": {
      const [outside] = answer.opensOutsideWith;
      if (outside) return { passed: false, summary: `open() at line ${outside} is not in a with statement.`, evidence: at(outside) };
      return answer.with.length > 0 ? { passed: true, summary: `A with statement at line ${answer.with[0]}.` } : { passed: false, summary: "No with statement in the program." };
    }
    case "no-growing-global": {
      const [growing] = answer.growingGlobals;
      if (!growing) return { passed: true, summary: "No module-level container grows." };
      const [name, line] = growing;
      return { passed: false, summary: `The module-level container ${name} grows at line ${line}: it lives as long as the program.`, evidence: at(line) };
    }
  }
}

function calls(check: Extract<Check, { kind: "call" }>, answers: unknown[]): Outcome {
  let passedCases = 0;
  let firstFailure: Evidence | undefined;
  check.cases.forEach((testCase, index) => {
    const answer = readAnswer(callAnswer, answers[index]);
    const ok = !isError(answer) && sameValue(answer.value, testCase.returns);
    if (ok) passedCases++;
    else if (!firstFailure) {
      const call = `${check.function}(${testCase.args.map((arg) => JSON.stringify(arg)).join(", ")})`;
      firstFailure = check.hidden
        ? // Neither the input nor what the program made of it: both would tell the hidden input.
          { note: isError(answer) ? "It raised an exception on a hidden input." : "It returned a wrong value for a hidden input." }
        : { expected: `${call} returns ${JSON.stringify(testCase.returns)}`, actual: isError(answer) ? answer.error : `${call} returned ${JSON.stringify(answer.value)}` };
    }
  });
  const total = check.cases.length;
  const passed = passedCases === total;
  return { passed, summary: `${passedCases} of ${total} ${check.hidden ? "hidden " : ""}case${total === 1 ? "" : "s"} passed.`, evidence: passed ? undefined : firstFailure };
}

/** JSON equality; numbers within a relative 1e-9 (floats computed another way). */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "number" && typeof expected === "number") return actual === expected || Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.length === expected.length && actual.every((item, index) => sameValue(item, expected[index]));
  if (actual && expected && typeof actual === "object" && typeof expected === "object" && !Array.isArray(actual) && !Array.isArray(expected)) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    return Object.keys(a).length === Object.keys(e).length && Object.keys(e).every((key) => key in a && sameValue(a[key], e[key]));
  }
  return actual === expected;
}
