import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseMemoryProfilerTables } from "@/app/_components/visualizer/memory-profiler-tables";
import { enginePoolForThisFile } from "../../support/engine-pool";
import { tracedRun } from "./traced-program";

/**
 * memory_profiler's tables read back out of a real run's stdout. The program reports what the tables
 * must hold: its function's source lines as inspect gives them (memory_profiler prints those), the
 * memory it measured itself, and every line it printed, which is what must be left once the tables are out.
 */
const pool = enginePoolForThisFile({ size: 1 });

const PROGRAM = `import inspect, json, sys, tracemalloc
import memory_profiler
from memory_profiler import profile

said = []
measured = []

def say(*parts):
    text = " ".join(str(part) for part in parts)
    said.append(text)
    print(text)

def mib(size):
    return f"{size / 2**20:.1f} MiB"

@profile
def build(n):
    first = bytearray(n * 2**20)
    second = bytearray(2 * n * 2**20)

    # A blank line and a comment: rows without figures too.
    measured.append({"usage": mib(tracemalloc.get_traced_memory()[0]), "increment": mib(sys.getsizeof(second))})
    if n < 0:
        say("never")
    say("built", n)
    return len(first) + len(second)

say("before")
build(1)
say("Filename: not a table")
build(2)
say("after")
lines, start = inspect.getsourcelines(build.__wrapped__)
print(json.dumps({"said": said, "measured": measured, "filename": build.__wrapped__.__code__.co_filename, "start": start, "lines": lines, "note": memory_profiler._NOTE}))
`;
const report = z.strictObject({
  said: z.array(z.string()),
  measured: z.array(z.strictObject({ usage: z.string(), increment: z.string() })),
  filename: z.string(),
  start: z.int(),
  lines: z.array(z.string()),
  note: z.string(),
});

describe("parseMemoryProfilerTables", () => {
  it("recovers each call's table and leaves exactly what the program printed itself", async () => {
    const { result, report: expected } = await tracedRun(pool, PROGRAM, report);
    const { tables, rest } = parseMemoryProfilerTables(result.stdout);
    const reportLine = result.stdout.trimEnd().split("\n").at(-1);
    expect(rest).toBe([...expected.said, reportLine].map((line) => `${line}\n`).join(""));

    expect(tables).toHaveLength(expected.measured.length);
    const source = expected.lines.map((line) => line.replace(/\n$/, ""));
    const rowOf = (text: string) => source.findIndex((line) => line.includes(text));
    for (const [call, table] of tables.entries()) {
      expect(table.filename).toBe(expected.filename);
      expect(table.note).toBe(expected.note);
      // One row per line of the function's source, decorator included, each with its text as written.
      expect(table.rows.map((row) => row.line)).toEqual(source.map((_, index) => expected.start + index));
      expect(table.rows.map((row) => row.contents)).toEqual(source);

      // The lines that never ran have no figures; the lines that ran have all of them.
      for (const text of ["first =", "second =", "measured.append", "if n < 0", 'say("built"', "return"]) {
        const row = table.rows[rowOf(text)];
        expect(row?.usage).toMatch(/^\d+\.\d MiB$/);
        expect(row?.occurrences).toBeGreaterThan(0);
        expect(row?.incrementMiB).toBe(Number(row?.increment?.replace(" MiB", "")));
      }
      for (const text of ['say("never")', "# A blank line"]) {
        expect(table.rows[rowOf(text)]).toMatchObject({ usage: null, increment: null, incrementMiB: null, occurrences: null });
      }

      // Memory at the end of the second bytearray's line, and what that line added: the columns the
      // program measured itself (tracemalloc's traced memory, the bytearray's sys.getsizeof).
      const second = table.rows[rowOf("second =")];
      expect(second?.usage).toBe(expected.measured[call]?.usage);
      expect(second?.increment).toBe(expected.measured[call]?.increment);
    }
  });

  it("leaves stdout as it is when it holds no table", () => {
    for (const stdout of ["", "no newline", "one\ntwo\n", "Filename: main.py\n\nnot a table\n", "Filename: x\n"]) {
      expect(parseMemoryProfilerTables(stdout)).toEqual({ tables: [], rest: stdout });
    }
  });
});
