import { z } from "zod";
import type { CheckResult, CheckState } from "../check-result";
import type { RunEnd } from "../run-end";
import { alive } from "./alive";
import { call } from "./call";
import { collected } from "./collected";
import type { CheckContext, CheckKind, CheckRole, Outcome } from "./kind";
import { limits } from "./limits";
import { peakMemory } from "./peak-memory";
import { refcount } from "./refcount";
import { sizeof } from "./sizeof";
import { stdout } from "./stdout";
import { structure } from "./structure";
import { weakref } from "./weakref";

/**
 * Every kind of check, one module each (kind.ts says what a module holds). A new kind is a module
 * beside this file, one entry in this list, and one function in HANDLERS of
 * engine/probe/heapwise_probe/inspection.py when it asks the probe anything.
 */
export const CHECK_KINDS = [stdout, refcount, collected, alive, peakMemory, sizeof, structure, weakref, call, limits] as const;

type Kinds = typeof CHECK_KINDS;

/** One check of a checks file, by its kind. */
export const checkSchema = z.discriminatedUnion("kind", CHECK_KINDS.map((kind) => kind.schema) as unknown as SchemasOf<Kinds>);

/** The kinds' schemas, as the tuple z.discriminatedUnion takes. */
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { schema: infer Schema } ? Schema : never };

export type Check = z.infer<typeof checkSchema>;
export type CheckKindName = Check["kind"];

/** A question the grader asks the probe, of any kind (each kind's module defines its own). */
export type Question = Kinds[number] extends infer Module ? (Module extends { questions?: (...args: never[]) => (infer Asked)[] } ? Asked : never) : never;

/** A kind's module, seen through any check (KINDS pairs each check with its own kind's module). */
type AnyKind = CheckKind<Check, Question>;

const KINDS = new Map<CheckKindName, AnyKind>(CHECK_KINDS.map((kind) => [kind.kind, kind as AnyKind]));

function kindOf(check: { kind: CheckKindName }): AnyKind {
  const kind = KINDS.get(check.kind);
  if (!kind) throw new Error(`no check kind "${check.kind}"`);
  return kind;
}

export const roleOf = (check: Check): CheckRole => kindOf(check).role(check);
/** It reads only what the program printed (credit.ts). */
export const readsOutput = (check: Check): boolean => kindOf(check).readsOutput === true;
/** Never sent to the browser. */
export const isHidden = (check: Check): boolean => kindOf(check).hidden?.(check) === true;

/**
 * What of the trace a list of checks reads from a run of `source`. `lines`: the only lines whose
 * steps are recorded (recording a step is what makes tracing dear); null when no check reads steps
 * or classes, and then the recorder stops after the first line. `memory`: tracemalloc is needed.
 */
export function traceNeeds(checks: Check[], source: string): { lines: number[] | null; memory: boolean } {
  const kinds = checks.map((check) => ({ check, trace: kindOf(check).trace ?? {} }));
  const reading = kinds.filter(({ trace }) => trace.lines !== undefined || trace.classes === true);
  const lines = new Set(reading.flatMap(({ check, trace }) => trace.lines?.(check, source) ?? []));
  return {
    lines: reading.length === 0 ? null : [...lines].sort((a, b) => a - b),
    memory: kinds.some(({ trace }) => trace.memory === true),
  };
}

/**
 * The questions a list of checks needs answered after the program ran, and where each check's
 * answers are in the list (a call check has one per case).
 */
export function questionsFor(checks: Check[], source: string): { questions: Question[]; positions: Map<string, number[]> } {
  const questions: Question[] = [];
  const positions = new Map<string, number[]>();
  const first = checks.filter((check) => kindOf(check).asksFirst);
  for (const check of [...first, ...checks.filter((check) => !first.includes(check))]) {
    for (const question of kindOf(check).questions?.(check, source) ?? []) {
      positions.set(check.id, [...(positions.get(check.id) ?? []), questions.length]);
      questions.push(question);
    }
  }
  return { questions, positions };
}

export function evaluateCheck(check: Check, context: CheckContext): CheckResult {
  return resultOf(check, kindOf(check).evaluate(check, context));
}

/** A check of a program that did not run to its end: the grade says why once; the check says "not reached" unless its kind judges such a run. */
export function notReached(check: Check, end: Extract<RunEnd, { finished: false }>): CheckResult {
  const outcome = kindOf(check).whenStopped?.(check, end);
  return outcome ? resultOf(check, outcome) : resultOf(check, { passed: false, summary: end.notChecked }, "not-reached");
}

function resultOf(check: Check, outcome: Outcome, state: CheckState = outcome.passed ? "passed" : "failed"): CheckResult {
  return { id: check.id, kind: check.kind, title: check.title, passed: outcome.passed, state, weight: check.weight, summary: outcome.summary, evidence: outcome.evidence ?? null };
}

