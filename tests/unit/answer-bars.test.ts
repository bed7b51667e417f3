import { describe, expect, it } from "vitest";
import { answerBars, cpythonSummary } from "@/app/_components/teaching/answer-bars";
import type { ClassPrediction } from "@/app/_shared/teaching/class-progress";

/** The bars of the teacher's predictions chart, from a ClassPrediction as classPredictions() builds it. */
const question = (fields: Partial<ClassPrediction>): ClassPrediction => ({
  predictId: "q",
  lessonSlug: "lesson",
  lessonTitle: "Lesson",
  question: "What does the last line print?",
  choices: [],
  cpython: {},
  counts: {},
  students: 0,
  ...fields,
});

describe("answerBars", () => {
  it("draws every choice in the block's order, one nobody picked at 0, and marks CPython's", () => {
    const bars = answerBars(question({ choices: ["0", "4", "5"], counts: { "5": 2, "0": 1 }, cpython: { "3.13": "4", "3.14": "4" }, students: 3 }));
    expect(bars).toEqual([
      { answer: "0", count: 1, cpython: null, label: "1" },
      { answer: "4", count: 0, cpython: "CPython", label: "0 · ✓ CPython" },
      { answer: "5", count: 2, cpython: null, label: "2" },
    ]);
  });

  it("orders a whole-number question's answers as numbers, with CPython's even when nobody predicted it", () => {
    const bars = answerBars(question({ counts: { "10": 1, "-1": 1, "2": 2 }, cpython: { "3.14": "3" }, students: 4 }));
    expect(bars.map((bar) => bar.answer)).toEqual(["-1", "2", "3", "10"]);
    expect(bars.find((bar) => bar.answer === "3")).toMatchObject({ count: 0, cpython: "CPython" });
  });

  it("names the versions on each of CPython's answers when versions disagree", () => {
    const bars = answerBars(question({ counts: { "1": 1, "2": 3 }, cpython: { "3.11": "2", "3.12": "1", "3.14": "1" }, students: 4 }));
    expect(bars.map((bar) => bar.label)).toEqual(["1 · ✓ CPython 3.12+", "3 · ✓ CPython 3.11"]);
  });

  it("does not read an answer such as constructor from the object's prototype", () => {
    expect(answerBars(question({ choices: ["constructor"] }))).toEqual([{ answer: "constructor", count: 0, cpython: null, label: "0" }]);
  });
});

describe("cpythonSummary", () => {
  it("says CPython's answer once when versions agree, per version when they do not, nothing when unknown", () => {
    expect(cpythonSummary({ "3.12": "False", "3.14": "False" })).toBe("CPython: False");
    expect(cpythonSummary({ "3.11": "2", "3.12": "1", "3.13": "1", "3.14": "1" })).toBe("CPython 3.11: 2 vs 3.12+: 1");
    expect(cpythonSummary({})).toBeNull();
  });
});
