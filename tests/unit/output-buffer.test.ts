import { describe, expect, it } from "vitest";
import { OutputBuffer, type Row } from "@/app/_components/output/output-buffer";

const text = (rows: Row[]) => rows.map((row) => (row.kind === "line" ? row.line.spans.map((span) => span.text).join("") : `<${row.lines} omitted>`));

describe("OutputBuffer", () => {
  it("splits output into lines the way a terminal shows them, across writes", () => {
    const buffer = new OutputBuffer();
    buffer.append("stdout", "ab");
    buffer.append("stdout", "c\n\nd\n");
    buffer.append("stdout", "\n");
    expect(text(buffer.rows())).toEqual(["abc", "", "d", ""]);
  });

  it("keeps stdout and stderr apart within a line, in order", () => {
    const buffer = new OutputBuffer();
    buffer.append("stdout", "partial");
    buffer.append("stderr", "Traceback\n");
    const [row] = buffer.rows();
    expect(row?.kind === "line" && row.line.spans).toEqual([
      { stream: "stdout", text: "partial" },
      { stream: "stderr", text: "Traceback" },
    ]);
  });

  it("keeps the head and the tail of huge output and counts the lines left out", () => {
    const buffer = new OutputBuffer({ headLines: 3, tailLines: 2, lineChars: 100 });
    for (let index = 0; index < 1000; index++) buffer.append("stdout", `${index}\n`);
    expect(text(buffer.rows())).toEqual(["0", "1", "2", "<995 omitted>", "998", "999"]);
  });

  it("cuts a very long line and counts the characters cut", () => {
    const buffer = new OutputBuffer({ headLines: 10, tailLines: 10, lineChars: 4 });
    buffer.append("stdout", "abcdef");
    buffer.append("stdout", "gh\nok\n");
    const rows = buffer.rows();
    expect(text(rows)).toEqual(["abcd", "ok"]);
    expect(rows[0]?.kind === "line" && rows[0].line.cut).toBe(4);
  });
});
