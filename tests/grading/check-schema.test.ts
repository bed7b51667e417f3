import { describe, expect, it } from "vitest";
import { parseChecksFile } from "@/engine/grading/check-schema";

const valid = { title: "T", checks: [{ id: "one", kind: "stdout", title: "prints", equals: "1" }] };
const parse = (data: unknown) => () => parseChecksFile("content/exercises/x/checks.json", JSON.stringify(data));

describe("a checks file", () => {
  it("is read with its defaults", () => {
    expect(parse(valid)()).toMatchObject({ python: "3.14", limits: {}, checks: [{ id: "one" }] });
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
});
