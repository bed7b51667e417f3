import type { RunResult } from "../protocol";
import { heapAt } from "../trace/heap-at";
import type { Trace } from "../trace/schema";
import { aliveAnswer, callAnswer, collectedAnswer, isError, readAnswer, sizeofAnswer, structureAnswer, weakrefAnswer } from "./answers";
import { describeBounds, withinBounds } from "./bounds";
import type { Check } from "./check-schema";
import type { CheckResult, CheckState, Evidence } from "./check-result";
import { findMark } from "./marks";
import { describeEdge, holdersOf, locate } from "./object-path";
import type { RunEnd } from "./run-end";

/**
 * What one check is evaluated against: a run whose module ran to its end, its answers for this
 * check, and the sources. Every summary speaks to the learner: what their program did, and what
 * was expected (tests/grading/evidence-messages.golden.txt lists them all).
 */
export type CheckContext = {
  result: RunResult;
  answers: unknown[];
  code: string;
  starter: string;
};

type Outcome = { passed: boolean; summary: string; evidence?: Evidence };

export function evaluateCheck(check: Check, context: CheckContext): CheckResult {
  return resultOf(check, evaluate(check, context));
}

/** A check of a program that did not run to its end: the grade says why once; a broken limit fails its limits check. */
export function notReached(check: Check, end: Extract<RunEnd, { finished: false }>): CheckResult {
  if (check.kind === "limits" && end.brokeLimit) return resultOf(check, { passed: false, summary: end.reason });
  return resultOf(check, { passed: false, summary: end.notChecked }, "not-reached");
}

function resultOf(check: Check, outcome: Outcome, state: CheckState = outcome.passed ? "passed" : "failed"): CheckResult {
  return { id: check.id, kind: check.kind, title: check.title, passed: outcome.passed, state, weight: check.weight, summary: outcome.summary, evidence: outcome.evidence ?? null };
}

function evaluate(check: Check, { result, answers, code, starter }: CheckContext): Outcome {
  const trace = result.trace;
  switch (check.kind) {
    case "limits":
      return { passed: true, summary: "Your program ran to its end within the time and memory limits." };
    case "stdout":
      return stdout(check, result.inspection?.programStdout ?? result.stdout);
    case "refcount":
      return refcount(check, trace, code, starter);
    case "collected": {
      const answer = readAnswer(collectedAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error);
      const collected = answer.collected - (result.inspection?.collectedBefore ?? answer.collected);
      const passed = withinBounds(collected, check);
      const freed = `The garbage collector freed ${plural(collected, "object")} while your program ran`;
      return {
        passed,
        summary: passed ? `${freed} (${describeBounds(check)} expected).` : `${freed}; it should free ${describeBounds(check)}.`,
        evidence: passed ? undefined : gcEvidence(trace),
      };
    }
    case "alive": {
      const answer = readAnswer(aliveAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error);
      const passed = withinBounds(answer.count, check);
      const alive = answer.count === 0 ? `No ${check.class} object is alive` : `${plural(answer.count, `${check.class} object`)} ${answer.count === 1 ? "is" : "are"} still alive`;
      const reachedBy = answer.chain ? chainExpression(answer.chain) : null;
      const none = check.equals === 0 || (check.atMost === 0 && check.equals === undefined);
      return {
        passed,
        summary: passed
          ? `${alive} at the end of your program${none ? "" : ` (${describeBounds(check)} expected)`}.`
          : `${alive} at the end of your program; there should be ${none ? "none" : describeBounds(check)}.`,
        evidence: passed
          ? undefined
          : answer.chain
            ? reachedBy
              ? { reachedBy }
              : { chain: chainWords(answer.chain) }
            : { note: `None of your program's names lead to it: it is kept by a reference cycle the collector has not freed yet, or by something outside your names.` },
      };
    }
    case "peakMemory":
      return peakMemory(check.atMost, trace, code);
    case "sizeof": {
      const answer = readAnswer(sizeofAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error, `After your program ran, \`${check.expr}\` could not be evaluated`);
      const size = check.bits === 64 ? answer.size64 : answer.size;
      const measured = `sys.getsizeof(${check.expr})`;
      if (size === null) return { passed: false, summary: `${measured} cannot be measured for ${check.bits}-bit CPython: a ${answer.type} either defines its own __sizeof__ or has no known ${check.bits}-bit size.` };
      const passed = withinBounds(size, check);
      const found = `${measured} is ${plural(size, "byte")} on ${check.bits}-bit CPython`;
      return {
        passed,
        summary: passed ? `${found} (${describeBounds(check)} bytes expected).` : `${found}; it should be ${describeBounds(check)} bytes.`,
        evidence: passed ? undefined : { expected: `${describeBounds(check)} bytes`, actual: `${size} bytes: a ${answer.type}${check.bits === 64 ? ` (${answer.size ?? "?"} bytes in this 32-bit build)` : ""}` },
      };
    }
    case "structure":
      return structure(check, answers[0], code);
    case "weakref": {
      const answer = readAnswer(weakrefAnswer, answers[0]);
      if (isError(answer)) return unanswered(answer.error, `After your program ran, \`${check.expr}\` could not be read as a weak reference`);
      const passed = answer.dead === check.dead;
      const state = answer.dead ? "is dead: the object it referred to was freed" : `still leads to ${answer.referent ?? "its object"}, which is alive`;
      const expected = check.dead ? "it should be dead (its object freed)" : "it should still lead to its object";
      return { passed, summary: `At the end of your program, the weak reference \`${check.expr}\` ${state}${passed ? "." : `; ${expected}.`}` };
    }
    case "call":
      return calls(check, answers);
  }
}

function stdout(check: Extract<Check, { kind: "stdout" }>, printed: string): Outcome {
  if (check.equals !== undefined) {
    if (printed.trimEnd() === check.equals.trimEnd()) return { passed: true, summary: "Your program printed exactly what was expected." };
    if (printed.trim() === "") return { passed: false, summary: "Your program printed nothing.", evidence: { expected: check.equals } };
    return { passed: false, summary: "Your program printed something other than what was expected.", evidence: { expected: check.equals, actual: printed } };
  }
  const pattern = check.matches ?? "";
  if (new RegExp(pattern, "m").test(printed)) return { passed: true, summary: "Your program's output has what was asked for." };
  const evidence = { expected: `a line matching the pattern ${pattern}`, actual: printed.trim() === "" ? undefined : printed };
  return { passed: false, summary: printed.trim() === "" ? "Your program printed nothing." : "Your program's output does not have what was asked for.", evidence };
}

/** An answer the probe could not give: the program's own error, or its interference with the grader. */
function unanswered(error: string, what?: string): Outcome {
  if (/interfered/.test(error)) return { passed: false, summary: "Your program interfered with the grader, so this could not be checked." };
  return { passed: false, summary: `${what ?? "This could not be checked"}: ${sentence(error)}` };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

/** 2 -> "2"; 2, 8 -> "2 and 8"; 2, 5, 8 -> "2, 5 and 8". */
function listed(numbers: number[]): string {
  return numbers.length < 2 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

function lineText(code: string, line: number): string {
  return code.split("\n")[line - 1]?.trim() ?? "";
}

function refcount(check: Extract<Check, { kind: "refcount" }>, trace: Trace | null, code: string, starter: string): Outcome {
  const marked = `the line marked "# mark: ${check.mark}"`;
  const mark = findMark(code, check.mark);
  if (!mark) return { passed: false, summary: `Your program has no line ending in "# mark: ${check.mark}". Keep that line from the starter code as it is: the count is read there.` };
  const original = findMark(starter, check.mark);
  if (original && original.code !== mark.code) {
    return { passed: false, summary: `You changed ${marked}. Put it back as the starter code has it: the count is read on that line.`, evidence: { expected: original.code, actual: mark.code } };
  }
  const line = { number: mark.number, text: mark.code };
  const step = trace?.steps.find((candidate) => candidate.line === mark.number);
  if (!trace || !step) return { passed: false, summary: `Your program never ran line ${mark.number} (${marked}), so nothing could be counted there.`, evidence: { line } };
  const heap = heapAt(trace, step.index);
  const resolved = locate(check.expr, step, heap);
  if (!("object" in resolved)) {
    const problem =
      resolved.missing === "name"
        ? `\`${resolved.name}\` is not a name your program has defined by then`
        : `\`${resolved.before}\` has no ${partWords(resolved.part)}`;
    const consequence = resolved.missing === "name" && resolved.name === check.expr ? "" : `, so \`${check.expr}\` cannot be counted`;
    return { passed: false, summary: `When line ${mark.number} runs, ${problem}${consequence}.`, evidence: { line } };
  }
  const count = resolved.object.refcount;
  const passed = withinBounds(count, check);
  const found = `When line ${mark.number} runs, \`${check.expr}\` has ${plural(count, "reference")}`;
  return {
    passed,
    summary: passed ? `${found} (${describeBounds(check)} expected).` : `${found}; it should have ${describeBounds(check)}.`,
    evidence: passed ? undefined : { holders: holdersOf(resolved.object.id, step, heap), line },
  };
}

function peakMemory(atMost: number, trace: Trace | null, code: string): Outcome {
  const peak = trace?.memory.peak;
  if (!trace || trace.memory.source === "none" || peak === null || peak === undefined) {
    return { passed: false, summary: "Your program's memory could not be measured: it stopped or reset tracemalloc, which the grader measures with." };
  }
  const passed = peak <= atMost;
  // The peak is reached while a line runs, and read at the step after it.
  const reached = trace.steps.findIndex((step) => (step.memory?.peak ?? 0) >= peak);
  // Not reached by any step: it came while the last line ran, read when the program ended.
  const line = reached > 0 ? trace.steps[reached - 1]?.line : reached === 0 ? trace.steps[0]?.line : trace.steps.at(-1)?.line;
  const bytes = (count: number) => `${count.toLocaleString("en-US")} bytes`;
  return {
    passed,
    summary: passed
      ? `Your program's memory peaked at ${bytes(peak)} (at most ${bytes(atMost)} allowed).`
      : `Your program's memory peaked at ${bytes(peak)}, more than the ${bytes(atMost)} allowed.`,
    // Past the step cap the steps do not say where the peak was.
    evidence: passed ? undefined : { line: line && !trace.truncated ? { number: line, text: lineText(code, line) } : undefined, note: "Measured by tracemalloc: the most memory your program's objects took up at one time." },
  };
}

/** The collections that ran, when the trace followed the whole program (past its step cap it records none). */
function gcEvidence(trace: Trace | null): Evidence | undefined {
  if (!trace || trace.truncated) return undefined;
  if (trace.gcEvents.length === 0) return { note: "No collection ran while your program ran: the collector frees a cycle only when it runs (gc.collect() runs it now)." };
  const runs = trace.gcEvents.map((event) => `generation ${event.generation}: ${plural(event.collected, "object")} freed`);
  return { note: `Collections while your program ran: ${runs.join("; ")}.` };
}

function structure(check: Extract<Check, { kind: "structure" }>, raw: unknown, code: string): Outcome {
  const answer = readAnswer(structureAnswer, raw);
  if (isError(answer)) return unanswered(answer.error);
  const at = (line: number) => ({ line: { number: line, text: lineText(code, line) } });
  const [dynamic] = answer.dynamicCode;
  if (dynamic) return { passed: false, summary: `Line ${dynamic} runs code from a string (exec, eval, compile or __import__), which the grader cannot look into: write that code out.`, evidence: at(dynamic) };
  switch (check.rule) {
    case "defines-slots": {
      const classes = Object.keys(answer.slots);
      const passed = check.class ? classes.includes(check.class) : classes.length > 0;
      if (passed) return { passed, summary: `Class ${check.class ?? classes[0]} declares __slots__.` };
      return { passed, summary: check.class ? `Class ${check.class} does not declare __slots__ in its class body.` : "No class of your program declares __slots__ in its class body." };
    }
    case "uses-generator": {
      const [first] = answer.generators;
      return first
        ? { passed: true, summary: `Line ${first} makes a generator.` }
        : { passed: false, summary: "Your program has no generator: a function with yield, or a generator expression (… for … in …) in parentheses." };
    }
    case "uses-with": {
      const [outside] = answer.opensOutsideWith;
      if (outside) return { passed: false, summary: `The open() at line ${outside} is not in a with statement, so the file stays open until its object is freed.`, evidence: at(outside) };
      return answer.with.length > 0
        ? { passed: true, summary: `Every open() is in a with statement (${answer.with.length === 1 ? "line" : "lines"} ${listed(answer.with)}).` }
        : { passed: false, summary: "Your program has no with statement." };
    }
    case "no-growing-global": {
      const [growing] = answer.growingGlobals;
      if (!growing) return { passed: true, summary: "No module-level list, dict or set keeps growing." };
      const [name, line] = growing;
      return { passed: false, summary: `\`${name}\` is a module-level container that grows at line ${line}: it keeps everything added to it for as long as the program runs.`, evidence: at(line) };
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
          { note: isError(answer) ? "It raised an exception on an input you do not see." : "It returned a wrong value for an input you do not see." }
        : { expected: `${call} returns ${JSON.stringify(testCase.returns)}`, actual: isError(answer) ? callError(call, check.function, answer.error) : `${call} returned ${JSON.stringify(answer.value)}` };
    }
  });
  const total = check.cases.length;
  const passed = passedCases === total;
  const cases = `${check.hidden ? "hidden " : ""}case${total === 1 ? "" : "s"}`;
  return { passed, summary: `\`${check.function}\` gave the right result in ${passedCases} of ${total} ${cases}.`, evidence: passed ? undefined : firstFailure };
}

/** The probe's error for a call, as what the learner's function did. */
function callError(call: string, name: string, error: string): string {
  if (error.startsWith("the program defines no function")) return `your program defines no function \`${name}\``;
  if (/interfered/.test(error)) return "your program interfered with the grader";
  if (error.startsWith("returned a")) return `${call} ${error}`;
  return `${call} raised ${error}`;
}

/** `[0]` -> "item [0]"; `["key"]` -> "key "key""; `.name` -> "attribute .name". */
function partWords(part: string): string {
  const key = /^\[(["'].*["'])\]$/.exec(part)?.[1];
  if (key) return `key ${key}`;
  return part.startsWith("[") ? `item ${part}` : `attribute ${part}`;
}

/** The probe's chain in words, when it is no Python expression: "the name `holder`", "a Holder", "<Node object>". */
function chainWords(chain: string[]): string[] {
  return chain.map((hop, index) => {
    const name = /^global '(.+)'$/.exec(hop)?.[1];
    if (name) return `the name \`${name}\``;
    const [, type, label] = /^(\S+) (.+)$/.exec(hop) ?? [];
    if (index === chain.length - 1 || !type || !label) return hop;
    return label === "·" ? `a ${type}` : describeEdge(type, label);
  });
}

/** How the program's names reach an object, as Python: ["global 'cache'", "dict cat.png", "<Image>"] -> cache["cat.png"]. */
function chainExpression(chain: string[]): string | null {
  const [first, ...hops] = chain;
  let expression = /^global '(.+)'$/.exec(first ?? "")?.[1];
  if (!expression) return null;
  for (const hop of hops.slice(0, -1)) {
    const [, type, label] = /^(\S+) (.+)$/.exec(hop) ?? [];
    if (!type || !label || label === "∈" || label === "·" || /^key \d+$/.test(label) || label.includes(" ")) return null;
    if (/^\[.*\]$/.test(label)) expression += label;
    else if (type === "dict") expression += `[${JSON.stringify(label)}]`;
    else expression += `.${label}`;
  }
  // An instance's attributes reached through the __dict__ CPython materialised are still attributes.
  return expression.replace(/\.__dict__\["([A-Za-z_]\w*)"\]/g, ".$1");
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
