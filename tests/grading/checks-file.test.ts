import { describe, expect, it } from "vitest";
import { parseChecksFile } from "@/engine/grading/checks-file";

const valid = { title: "T", checks: [{ id: "one", kind: "collected", title: "collects", atLeast: 1 }] };
const parse = (data: unknown) => () => parseChecksFile("content/exercises/x/checks.json", JSON.stringify(data));

describe("a checks file", () => {
  it("is read with its defaults", () => {
    expect(parse(valid)()).toMatchObject({ python: "3.14", limits: {}, checks: [{ id: "one", weight: 1 }] });
    expect(parse({ ...valid, checks: [...valid.checks, { id: "ran", kind: "limits", title: "t" }] })().checks[1]).toMatchObject({ weight: 0 });
  });

  it("is refused with the file and the bad field named", () => {
    expect(parse({ ...valid, checks: [{ id: "one", kind: "alive", title: "t", class: "Node", atMost: "none" }] })).toThrow(
      /content\/exercises\/x\/checks.json: checks\[0\]\.atMost: /,
    );
    expect(parse({ ...valid, checks: [{ id: "Bad Id", kind: "collected", title: "t", atLeast: 1 }] })).toThrow(/checks\[0\]\.id: must be a slug/);
    expect(parse({ ...valid, checks: [{ id: "r", kind: "refcount", title: "t", expr: "x()", mark: "m", equals: 1 }] })).toThrow(/checks\[0\]\.expr: /);
    expect(parse({ ...valid, checks: [{ id: "s", kind: "sizeof", title: "t", expr: "x" }] })).toThrow(/needs at least one of equals, atLeast, atMost/);
    expect(parse({ ...valid, checks: [...valid.checks, ...valid.checks] })).toThrow(/check ids must be unique/);
    expect(parse({ ...valid, checks: [{ id: "k", kind: "teleport", title: "t" }] })).toThrow(/checks\[0\]\.kind: /);
    expect(() => parseChecksFile("f.json", "{ nope")).toThrow(/f.json: not JSON/);
  });

  it("is refused when a program that does not try could earn its score", () => {
    const collects = valid.checks[0];
    const prints = { id: "prints", kind: "stdout", title: "t", equals: "True" };
    const noNode = { id: "no-node", kind: "alive", title: "t", class: "Node", equals: 0 };
    // print() alone passes an output check, and a program that makes no Node has none alive.
    expect(parse({ ...valid, checks: [collects, prints] })).toThrow(/checks\[1\]\.requires: print\(\) alone passes it/);
    expect(parse({ ...valid, checks: [collects, noNode] })).toThrow(/checks\[1\]\.requires: a program that does nothing passes it/);
    expect(parse({ ...valid, checks: [collects, { ...noNode, requires: ["prints"] }, { ...prints, requires: ["one"] }] })).toThrow(/"prints" cannot vouch for it/);
    expect(parse({ ...valid, checks: [collects, { ...noNode, requires: ["nope"] }] })).toThrow(/names "nope", which is not another check/);
    expect(parse({ ...valid, checks: [collects, { ...prints, requires: ["one"], weight: 1 }] })).toThrow(/output checks must carry less than half/);
    expect(parse({ ...valid, checks: [{ ...noNode }] })).toThrow(/needs a check with weight that a program that does not try fails/);
    expect(parse({ ...valid, checks: [collects, { id: "ran", kind: "limits", title: "t", weight: 1 }] })).toThrow(/checks\[1\]\.weight: a limits check carries no weight/);
    expect(parse({ ...valid, checks: [{ ...collects, weight: 3 }, { ...prints, requires: ["one"], weight: 2 }, { ...noNode, requires: ["one"] }] })()).toMatchObject({ title: "T" });
  });
});
