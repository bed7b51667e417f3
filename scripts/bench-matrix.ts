/**
 * `npm run bench:matrix [-- --rounds 7] [--screenshots DIR]`: how fast a teacher's progress matrix is
 * built and drawn for a large class, each figure next to a baseline of a tenth of the students
 * measured in the same run.
 *
 * 1. Server: buildProgressMatrix over 200 students × 40 exercises × 5 attempts (40,000 submissions)
 *    against 20 × 40 × 5; linear work should take about ten times as long.
 * 2. Server: the same classes stored in SQLite and read by the dashboard's own queries
 *    (app/_server/classes/progress-query.ts), 200 students against 20.
 * 3. Browser: the ProgressMatrix component bundled with esbuild (React's production build) into a
 *    page of real Chromium; the time from root.render to the frame after it painted (flushSync, then
 *    requestAnimationFrame + a task), and from a click on a sort button to the repainted frame.
 *
 * Every cell has attempts, so every cell is a link: the most the table ever draws. --screenshots
 * saves the 200-student table in the light and dark themes and at phone width, to look at.
 */
import fs from "node:fs";
import path from "node:path";
import { type Page, chromium } from "@playwright/test";
import { build } from "esbuild";
import { type MatrixSubmission, buildProgressMatrix } from "../app/_server/classes/progress-matrix";
import { progressMatrixOf } from "../app/_server/classes/progress-query";
import type { ProgressMatrix } from "../app/_shared/teaching/class-progress";
import { seededDatabase } from "./bench-matrix/seeded-database";
import { median } from "./bench-support/statistics";

const root = path.resolve(import.meta.dirname, "..");
const EXERCISES = 40;
const ATTEMPTS = 5;
const LARGE = 200;
const BASELINE = 20;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const rounds = Number(argument("rounds") ?? 7);

const row = (label: string, values: number[], baseline?: number) => {
  const value = median(values);
  const ratio = baseline === undefined ? "(baseline)" : `${(value / baseline).toFixed(1)}x the baseline's time`;
  const shown = value < 10 ? value.toFixed(2) : value.toFixed(0);
  console.log(`${label.padEnd(52)} ${`${shown} ms`.padStart(10)}  ${ratio}   [${values.map((v) => v.toFixed(1)).join(", ")}]`);
};

/** A small seeded generator (mulberry32), so that every run draws the same class. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A class of `students` with ATTEMPTS submissions each to every exercise, mostly graded, in random order. */
function syntheticClass(students: number) {
  const next = random(students);
  const start = Date.parse("2026-11-01T08:00:00Z");
  const people = Array.from({ length: students }, (_, i) => ({ id: `student-${i}`, name: `Student ${String(i).padStart(3, "0")} Ñúñez`, email: `s${i}@example.org` }));
  const exercises = Array.from({ length: EXERCISES }, (_, i) => ({ id: `exercise-${i}`, title: `Exercise ${i}: count the references to a list`, lessonSlug: `lesson-${i % 8}` }));
  const submissions: MatrixSubmission[] = [];
  for (const person of people) {
    for (const exercise of exercises) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const roll = next();
        const status = roll < 0.85 ? "graded" : roll < 0.95 ? "error" : "pending";
        const score = status === "graded" ? Math.floor(next() * 6) / 5 : null;
        submissions.push({ userId: person.id, exerciseId: exercise.id, status, score, createdAt: new Date(start + next() * 40 * 86_400_000) });
      }
    }
  }
  // Shuffled, as a database returns rows in no order the builder may count on.
  for (let i = submissions.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [submissions[i], submissions[j]] = [submissions[j] as MatrixSubmission, submissions[i] as MatrixSubmission];
  }
  return { students: people, exercises, submissions, dueAt: new Date(start + 30 * 86_400_000) };
}

function timeBuild(input: ReturnType<typeof syntheticClass>): number[] {
  for (let i = 0; i < 3; i++) buildProgressMatrix(input);
  return Array.from({ length: Math.max(rounds, 15) }, () => {
    const start = performance.now();
    buildProgressMatrix(input);
    return performance.now() - start;
  });
}

/**
 * The page's side: mount the matrix named in window.__matrices and time it to the frame after its
 * paint, or click a header's sort button and time that. A string, bundled with esbuild from stdin.
 */
const ENTRY = `
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { ProgressMatrix } from "./app/_components/teaching/ProgressMatrix";

const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let root = null;

window.__bench = {
  async mount(name) {
    if (root) flushSync(() => root.unmount());
    root = createRoot(document.getElementById("root"));
    await afterPaint();
    const start = performance.now();
    flushSync(() => root.render(<ProgressMatrix matrix={window.__matrices[name]} classId="bench" />));
    await afterPaint();
    return performance.now() - start;
  },
  async sort(header) {
    const button = [...document.querySelectorAll("thead button")].find((b) => b.textContent.startsWith(header));
    if (!button) throw new Error("no sort button " + header);
    const start = performance.now();
    button.click();
    await afterPaint();
    return performance.now() - start;
  },
};
`;

async function pageHtml(): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, loader: "tsx", resolveDir: root, sourcefile: "bench-matrix-entry.tsx" },
    bundle: true,
    write: false,
    outdir: path.join(root, ".scratch", "bench-matrix"),
    format: "iife",
    jsx: "automatic",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".module.css": "local-css" },
    logLevel: "error",
  });
  const js = result.outputFiles.find((file) => file.path.endsWith(".js"))?.text ?? "";
  const css = result.outputFiles.find((file) => file.path.endsWith(".css"))?.text ?? "";
  const globals = fs.readFileSync(path.join(root, "app/globals.css"), "utf8");
  // "</script" cannot appear inside an inline script; the minified bundle has none, but be sure.
  if (js.includes("</script")) throw new Error("the bundle holds </script");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Progress matrix bench</title><style>${globals}\n${css}</style></head><body><main style="padding:1rem"><div id="root"></div></main><script>${js}</script></body></html>`;
}

type BenchWindow = { __bench: { mount: (name: string) => Promise<number>; sort: (header: string) => Promise<number> }; __matrices: Record<string, ProgressMatrix> };
const mount = (page: Page, name: string) => page.evaluate((n) => (window as unknown as BenchWindow).__bench.mount(n), name);
const sort = (page: Page, header: string) => page.evaluate((h) => (window as unknown as BenchWindow).__bench.sort(h), header);

async function main() {
  const large = syntheticClass(LARGE);
  const small = syntheticClass(BASELINE);
  console.log(`Server: buildProgressMatrix, ${EXERCISES} exercises × ${ATTEMPTS} attempts per student (median of ${Math.max(rounds, 15)})`);
  const smallBuild = timeBuild(small);
  row(`${BASELINE} students (${small.submissions.length} submissions)`, smallBuild);
  row(`${LARGE} students (${large.submissions.length} submissions)`, timeBuild(large), median(smallBuild));

  // The same classes stored in SQLite, read by the dashboard's own queries (students, then one query
  // for every submission), as the page does on each visit.
  const seeded = await seededDatabase(root, { small, large });
  try {
    const prefixed = (name: string, input: ReturnType<typeof syntheticClass>) => input.exercises.map((exercise) => ({ ...exercise, id: `${name}-${exercise.id}` }));
    const timeQuery = async (name: "small" | "large", input: ReturnType<typeof syntheticClass>) => {
      const classId = seeded.classIds[name] ?? "";
      const exercises = prefixed(name, input);
      await progressMatrixOf(seeded.database, classId, exercises, input.dueAt);
      const times: number[] = [];
      for (let i = 0; i < Math.max(rounds, 7); i++) {
        const start = performance.now();
        await progressMatrixOf(seeded.database, classId, exercises, input.dueAt);
        times.push(performance.now() - start);
      }
      return times;
    };
    console.log(`\nServer: the dashboard's queries + build on SQLite (median of ${Math.max(rounds, 7)})`);
    const smallQuery = await timeQuery("small", small);
    row(`${BASELINE} students (${small.submissions.length} rows)`, smallQuery);
    row(`${LARGE} students (${large.submissions.length} rows)`, await timeQuery("large", large), median(smallQuery));
  } finally {
    await seeded.dispose();
  }

  const matrices = { large: buildProgressMatrix(large), small: buildProgressMatrix(small) };
  const html = await pageHtml();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(html);
    await page.evaluate((m) => ((window as unknown as BenchWindow).__matrices = m), matrices);

    // One untimed mount of each, so that the timed rounds measure rendering, not compiling the bundle.
    await mount(page, "small");
    await mount(page, "large");
    const renders: Record<string, number[]> = { small: [], large: [] };
    const sorts: Record<string, number[]> = { small: [], large: [] };
    for (let round = 0; round < rounds; round++) {
      for (const name of ["small", "large"]) {
        renders[name]?.push(await mount(page, name));
        // By total (ascending), by total again (descending), by an exercise, back to the names.
        for (const header of ["Total", "Total", "Exercise 7:", "Student"]) sorts[name]?.push(await sort(page, header));
      }
    }
    const cells = await page.evaluate(() => document.querySelectorAll("tbody td a").length);
    console.log(`\nBrowser: ProgressMatrix in Chromium, render → painted (median of ${rounds}); the last mount drew ${cells} linked cells`);
    row(`render, ${BASELINE} students × ${EXERCISES} exercises`, renders.small ?? []);
    row(`render, ${LARGE} students × ${EXERCISES} exercises`, renders.large ?? [], median(renders.small ?? []));
    console.log(`\nBrowser: sort click → painted (median of ${rounds * 4})`);
    row(`sort, ${BASELINE} students`, sorts.small ?? []);
    row(`sort, ${LARGE} students`, sorts.large ?? [], median(sorts.small ?? []));

    const screenshots = argument("screenshots");
    if (screenshots) {
      fs.mkdirSync(screenshots, { recursive: true });
      await mount(page, "large");
      await page.screenshot({ path: path.join(screenshots, "matrix-light.png") });
      await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
      await page.screenshot({ path: path.join(screenshots, "matrix-dark.png") });
      await page.setViewportSize({ width: 390, height: 800 });
      await page.screenshot({ path: path.join(screenshots, "matrix-phone-dark.png") });
      console.log(`\nScreenshots in ${screenshots}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
