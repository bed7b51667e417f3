import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { classCsv } from "@/app/_server/classes/class-csv";
import { buildProgressMatrix } from "@/app/_server/classes/progress-matrix";

const students = [
  { id: "s1", name: 'Ada "Countess" Lovelace', email: "ada@example.org" },
  { id: "s2", name: "Turing, Alan", email: "alan@example.org" },
  { id: "s3", name: "Zoë Ångström-Núñez", email: "zoe@example.org" },
  { id: "s4", name: "Line\nbreak", email: "lb@example.org" },
  { id: "s5", name: '=HYPERLINK("http://evil.example","x")', email: "@mallory" },
];
const exercises = [
  { id: "refs", title: "Count the references", lessonSlug: "references" },
  { id: "slots", title: "Slots, \"weakref\" & co", lessonSlug: null },
];
const matrix = buildProgressMatrix({
  students,
  exercises,
  submissions: [
    { userId: "s1", exerciseId: "refs", status: "graded", score: 0.5, createdAt: new Date("2026-12-05T10:00:00Z") },
    { userId: "s1", exerciseId: "refs", status: "graded", score: 1, createdAt: new Date("2026-12-05T11:00:00Z") },
    { userId: "s1", exerciseId: "refs", status: "error", score: null, createdAt: new Date("2026-12-05T12:00:00Z") },
    { userId: "s3", exerciseId: "slots", status: "graded", score: 2 / 3, createdAt: new Date("2026-12-06T09:30:00Z") },
    { userId: "s2", exerciseId: "slots", status: "pending", score: null, createdAt: new Date("2026-12-06T09:00:00Z") },
  ],
  dueAt: null,
});
const csv = classCsv(matrix);

describe("classCsv", () => {
  it("starts with a UTF-8 byte order mark and ends its lines with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = csv.slice(1, csv.indexOf("\r\n"));
    expect(header).not.toContain("\n");
    // Header + one record per student × exercise, separated by CRLF; the only bare LFs are the one
    // inside "Line\nbreak", once per exercise.
    expect(csv.split("\r\n")).toHaveLength(1 + students.length * exercises.length);
    expect(csv.replaceAll("\r\n", "").match(/\n/g)).toHaveLength(exercises.length);
  });

  it("parses back to one row per student × exercise with every field intact", () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(["name", "email", "exercise", "exercise id", "best score (%)", "attempts", "first passed at (UTC)", "last attempt at (UTC)"]);
    expect(rows).toHaveLength(students.length * exercises.length);
    expect(rows[0]).toEqual(['Ada "Countess" Lovelace', "ada@example.org", "Count the references", "refs", "100", "3", "2026-12-05T11:00:00.000Z", "2026-12-05T12:00:00.000Z"]);
    expect(rows[1]).toEqual(['Ada "Countess" Lovelace', "ada@example.org", 'Slots, "weakref" & co', "slots", "", "0", "", ""]);
    expect(rows[3]).toEqual(["Turing, Alan", "alan@example.org", 'Slots, "weakref" & co', "slots", "", "1", "", "2026-12-06T09:00:00.000Z"]);
    expect(rows[5]).toEqual(["Zoë Ångström-Núñez", "zoe@example.org", 'Slots, "weakref" & co', "slots", "66.7", "1", "", "2026-12-06T09:30:00.000Z"]);
    expect(rows[6]?.[0]).toBe("Line\nbreak");
  });

  it("puts an apostrophe before a field a spreadsheet would run as a formula", () => {
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" }).data;
    const mallory = rows.find((row) => row[0]?.includes("HYPERLINK"));
    expect(mallory?.slice(0, 2)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"x\")", "'@mallory"]);
    const formulaLike = /^[=+\-@\t\r]/;
    expect(rows.flat().filter((field) => formulaLike.test(field))).toEqual([]);
  });

  it("quotes every field", () => {
    const firstLine = csv.slice(1, csv.indexOf("\r\n"));
    expect(firstLine.split(",").every((field) => field.startsWith('"') && field.endsWith('"'))).toBe(true);
  });
});
