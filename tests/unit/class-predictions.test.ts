import { describe, expect, it } from "vitest";
import { classPredictions, type ClassPredictBlock, type StoredPrediction } from "@/app/_server/classes/class-predictions";
import { compareVersions, versionGroups } from "@/app/_shared/teaching/cpython-versions";

/**
 * How the teacher's dashboard counts a class's predictions: constructed rows, as the Prediction table
 * would hold them, through the pure function the dashboard's server code calls.
 */
const choiceBlock: ClassPredictBlock = { id: "slice-copy", lesson: "objects", lessonTitle: "Everything is an object", question: "Is `b is a`?", choices: ["True", "False"] };
const numberBlock: ClassPredictBlock = { id: "refcount", lesson: "refcounts", lessonTitle: "Counting references", question: "What does getrefcount print?", choices: [] };

let clock = Date.parse("2026-03-01T09:00:00Z");
/** A prediction made one minute after the previous one built here. */
function made(userId: string, predictId: string, predicted: string, actual: string, pythonVersion = "3.14"): StoredPrediction {
  clock += 60_000;
  return { userId, predictId, predicted, actual, pythonVersion, createdAt: new Date(clock) };
}

describe("classPredictions", () => {
  it("counts each student once, by their latest prediction on the block", () => {
    const predictions = [made("ann", "slice-copy", "True", "False"), made("bob", "slice-copy", "True", "False"), made("ann", "slice-copy", "False", "False")];
    const [summary] = classPredictions({ blocks: [choiceBlock], predictions, studentIds: ["ann", "bob"] });
    expect(summary?.counts).toEqual({ True: 1, False: 1 });
    expect(summary?.students).toBe(2);
  });

  it("takes the latest by time, not by the order rows arrive in", () => {
    const later = made("ann", "slice-copy", "False", "False");
    const earlier = { ...made("ann", "slice-copy", "True", "False"), createdAt: new Date(later.createdAt.getTime() - 3_600_000) };
    const [summary] = classPredictions({ blocks: [choiceBlock], predictions: [later, earlier], studentIds: ["ann"] });
    expect(summary?.counts).toEqual({ False: 1 });
  });

  it("ignores people who are not the class's students, for the counts and for CPython's answer", () => {
    const predictions = [made("ann", "slice-copy", "False", "False"), made("teacher", "slice-copy", "True", "True"), made("visitor", "slice-copy", "True", "True")];
    const [summary] = classPredictions({ blocks: [choiceBlock], predictions, studentIds: ["ann", "carl"] });
    expect(summary?.counts).toEqual({ False: 1 });
    expect(summary?.students).toBe(1);
    expect(summary?.cpython).toEqual({ "3.14": "False" });
  });

  it("gives CPython's answer per version, the one most students reported on it", () => {
    const predictions = [
      made("ann", "refcount", "2", "3", "3.11"),
      made("bob", "refcount", "2", "3", "3.11"),
      made("carl", "refcount", "2", "2", "3.11"),
      made("ann", "refcount", "1", "2", "3.14"),
      made("dora", "refcount", "1", "2", "3.12"),
    ];
    const [summary] = classPredictions({ blocks: [numberBlock], predictions, studentIds: ["ann", "bob", "carl", "dora"] });
    // Versions sort as numbers, so 3.11 comes before 3.12 and 3.14.
    expect(Object.entries(summary?.cpython ?? {})).toEqual([
      ["3.11", "3"],
      ["3.12", "2"],
      ["3.14", "2"],
    ]);
    // Ann's 3.11 prediction is not her latest: only the 3.14 one counts.
    expect(summary?.counts).toEqual({ "1": 2, "2": 2 });
  });

  it("lets one student's repeated reports on a version count once, and breaks a tie by the latest report", () => {
    const predictions = [made("ann", "refcount", "2", "3", "3.13"), made("ann", "refcount", "2", "3", "3.13"), made("ann", "refcount", "2", "3", "3.13"), made("bob", "refcount", "2", "2", "3.13")];
    const [summary] = classPredictions({ blocks: [numberBlock], predictions, studentIds: ["ann", "bob"] });
    expect(summary?.cpython).toEqual({ "3.13": "2" });
  });

  it("does not take a run that printed nothing for CPython's answer", () => {
    const predictions = [made("ann", "refcount", "2", "2", "3.14"), made("bob", "refcount", "3", "", "3.14"), made("carl", "refcount", "3", "", "3.14")];
    const [summary] = classPredictions({ blocks: [numberBlock], predictions, studentIds: ["ann", "bob", "carl"] });
    expect(summary?.cpython).toEqual({ "3.14": "2" });
  });

  it("counts whole numbers as numbers: +07 and 7 are one answer", () => {
    const predictions = [made("ann", "refcount", "7", "7"), made("bob", "refcount", "+07", "7"), made("carl", "refcount", "-1", "7")];
    const [summary] = classPredictions({ blocks: [numberBlock], predictions, studentIds: ["ann", "bob", "carl"] });
    expect(summary?.counts).toEqual({ "7": 2, "-1": 1 });
    expect(summary?.choices).toEqual([]);
  });

  it("keeps the blocks' order and describes a block nobody predicted", () => {
    const predictions = [made("ann", "slice-copy", "True", "False")];
    const summaries = classPredictions({ blocks: [numberBlock, choiceBlock], predictions, studentIds: ["ann"] });
    expect(summaries.map((summary) => summary.predictId)).toEqual(["refcount", "slice-copy"]);
    expect(summaries[0]).toEqual({
      predictId: "refcount",
      lessonSlug: "refcounts",
      lessonTitle: "Counting references",
      question: "What does getrefcount print?",
      choices: [],
      cpython: {},
      counts: {},
      students: 0,
    });
  });

  it("returns nothing for no blocks, and zero counts for a class with no students", () => {
    expect(classPredictions({ blocks: [], predictions: [made("ann", "slice-copy", "True", "False")], studentIds: ["ann"] })).toEqual([]);
    const [summary] = classPredictions({ blocks: [choiceBlock], predictions: [made("ann", "slice-copy", "True", "False")], studentIds: [] });
    expect(summary?.students).toBe(0);
    expect(summary?.counts).toEqual({});
  });

  it("counts an answer that is also an Object.prototype name", () => {
    const block = { ...choiceBlock, choices: ["__proto__", "constructor"] };
    const [summary] = classPredictions({ blocks: [block], predictions: [made("ann", "slice-copy", "__proto__", "constructor")], studentIds: ["ann"] });
    expect(Object.entries(summary?.counts ?? {})).toEqual([["__proto__", 1]]);
  });
});

describe("CPython's answer per version, named for the teacher", () => {
  it("orders versions by number", () => {
    expect(["3.14", "3.9", "3.11"].sort(compareVersions)).toEqual(["3.9", "3.11", "3.14"]);
  });

  it("names agreeing versions together: one answer, a change that stayed, a change in the middle", () => {
    expect(versionGroups({ "3.11": "True", "3.14": "True" })).toEqual([{ versions: ["3.11", "3.14"], answer: "True", label: "3.11+" }]);
    expect(versionGroups({ "3.14": "1", "3.11": "2", "3.12": "1", "3.13": "1" }).map(({ label, answer }) => `${label}: ${answer}`)).toEqual(["3.11: 2", "3.12+: 1"]);
    expect(versionGroups({ "3.11": "2", "3.12": "1", "3.13": "1", "3.14": "2" }).map(({ label }) => label)).toEqual(["3.11", "3.12–3.13", "3.14"]);
    expect(versionGroups({})).toEqual([]);
  });
});
