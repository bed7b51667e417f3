import { describe, expect, it } from "vitest";
import { parseChecksFile } from "@/engine/grading/checks-file";
import { publicExercise, unsupportedVersion, type Exercise } from "@/engine/grading/exercise";
import { grade } from "@/engine/grading/grade";

/** The Python versions an exercise is graded on (checks.json "versions") and the one offered first ("python"). */
const checks = [{ id: "frees", kind: "collected", title: "frees the cycle", atLeast: 2 }];
const parse = (fields: object) => parseChecksFile("content/exercises/x/checks.json", JSON.stringify({ title: "T", checks, ...fields }));

describe("an exercise's versions", () => {
  it("are every version of the engine, with 3.14 offered first, unless named", () => {
    expect(parse({})).toMatchObject({ versions: ["3.11", "3.12", "3.13", "3.14"], python: "3.14" });
    expect(parse({ python: "3.12" })).toMatchObject({ versions: ["3.11", "3.12", "3.13", "3.14"], python: "3.12" });
  });

  it("are the named ones, in the engine's order, with 3.14 or else the newest offered first", () => {
    expect(parse({ versions: ["3.14", "3.12", "3.13"] })).toMatchObject({ versions: ["3.12", "3.13", "3.14"], python: "3.14" });
    expect(parse({ versions: ["3.12", "3.11"] })).toMatchObject({ versions: ["3.11", "3.12"], python: "3.12" });
    expect(parse({ versions: ["3.12", "3.13"], python: "3.12" })).toMatchObject({ versions: ["3.12", "3.13"], python: "3.12" });
  });

  it("are refused when the engine has no such version, none is named, one is named twice, or the default is not among them", () => {
    expect(() => parse({ versions: ["3.10", "3.12"] })).toThrow(/checks.json: versions\[0\]: /);
    expect(() => parse({ versions: [] })).toThrow(/versions: /);
    expect(() => parse({ versions: ["3.12", "3.12"] })).toThrow(/versions: names a version twice/);
    expect(() => parse({ versions: ["3.12", "3.13"], python: "3.14" })).toThrow(/python: must be one of versions/);
    expect(() => parse({ python: "2.7" })).toThrow(/python: /);
  });

  it("reach the browser, and a version outside them is refused before anything runs, with the reason", async () => {
    const exercise: Exercise = {
      id: "x",
      ...parse({ versions: ["3.12", "3.13", "3.14"] }),
      lesson: null,
      prompt: "",
      starter: "",
      hints: [],
      solution: "",
      wrongAttempts: [],
      contentHash: "",
    };
    expect(publicExercise(exercise)).toMatchObject({ versions: ["3.12", "3.13", "3.14"], python: "3.14" });
    expect(unsupportedVersion(exercise, "3.13")).toBeNull();
    const reason = "“T” is graded on Python 3.12, 3.13 and 3.14, not on Python 3.11.";
    expect(unsupportedVersion(exercise, "3.11")).toBe(reason);
    expect(unsupportedVersion({ ...exercise, versions: ["3.14"] }, "3.11")).toMatch(/is graded only on Python 3.14, not on Python 3.11/);
    const run = () => Promise.reject(new Error("ran"));
    await expect(grade(exercise, "pass\n", { run, mode: "authoritative", python: "3.11" })).rejects.toThrow(reason);
  });
});
