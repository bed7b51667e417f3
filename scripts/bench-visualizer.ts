/**
 * `npm run bench:visualizer [-- --url http://127.0.0.1:3000] [--rounds 40]`: how fast the visualizer
 * answers a learner moving through a long run, in real Chromium against a production server, each
 * figure beside a baseline measured in the same run. Without --url it starts `next start` itself
 * (after `npm run build`).
 *
 * 1. Reading a step's heap (engine/trace/trace-reader.ts), bundled into a blank Chromium page with
 *    a real 10,000-step trace: the checkpointed reader against replaying the deltas from step 0 (what
 *    heapAt did before), at random steps.
 * 2. The /visualize page itself: a program traced to the 10,000-step cap, and the slider set to
 *    random steps; the time from the input event to the frame painted after the page shows that step
 *    (data-step), against the same on a 100-step run.
 * 3. The heap graph's layout of a step holding the probe's cap of 300 objects: from the step change to
 *    the graph's nodes laid out (data-layout="done" for that step), against a step of a few objects.
 */
import path from "node:path";
import { type Page, chromium } from "@playwright/test";
import { build } from "esbuild";
import { closeEngine, run } from "../engine/run";
import type { Trace } from "../engine/trace/schema";
import { TraceReader } from "../engine/trace/trace-reader";
import { visualizeHref } from "../app/_components/visualizer/share-link";
import { startServer } from "./bench-support/app-processes";
import { median, percentile } from "./bench-support/statistics";

const root = path.resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 300_000;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const rounds = Number(argument("rounds") ?? 40);

/** A loop that creates and drops objects on every line, past the 10,000-step cap. */
const loopProgram = (iterations: number) => `window = []
for i in range(${iterations}):
    window.append([i, str(i)])
    if len(window) > 30:
        window.pop(0)
last = window[-1]
`;
const LONG = loopProgram(5_000);
const SHORT = loopProgram(30);
/** 15 lists of 20 distinct objects: a step at the probe's cap of 300 objects. */
const WIDE = `class Item:
    pass

groups = {f"group{g}": [Item() for _ in range(20)] for g in range(15)}
small = [1, 2, 3]
done = True
`;

const row = (label: string, values: number[], baseline?: number[]) => {
  const value = median(values);
  const against = median(baseline ?? []);
  const ratio = baseline === undefined ? "(baseline)" : value < against ? `${(against / value).toFixed(1)}x faster than the baseline` : `${(value / against).toFixed(2)}x the baseline`;
  console.log(`${label.padEnd(62)} median ${value.toFixed(2).padStart(7)} ms  p95 ${percentile(values, 95).toFixed(2).padStart(7)} ms  ${ratio}`);
};

/** Random step indexes, the same for every measurement of a run (a fixed seed). */
function randomSteps(count: number, length: number): number[] {
  let seed = 17;
  return Array.from({ length: count }, () => {
    seed = (seed * 48271) % 2147483647;
    return seed % length;
  });
}

// 1. The reader alone, in a blank page.
const READER_ENTRY = `
import { TraceReader } from "./engine/trace/trace-reader";
function replayed(trace, index) {
  const heap = new Map();
  for (const step of trace.steps.slice(0, index + 1)) {
    for (const id of step.heap.removed) heap.delete(id);
    for (const object of step.heap.changed) heap.set(object.id, object);
  }
  return heap;
}
window.__bench = (trace, steps) => {
  const built = performance.now();
  const reader = new TraceReader(trace);
  const buildMs = performance.now() - built;
  // Each read repeated: Chromium's timer has a resolution of 0.1 ms.
  const time = (read) => steps.map((index) => { const start = performance.now(); for (let i = 0; i < 20; i++) read(index); return (performance.now() - start) / 20; });
  time((index) => reader.heapAt(index));
  return { buildMs, reader: time((index) => reader.heapAt(index)), replay: time((index) => replayed(trace, index)) };
};
`;

async function readerPage(page: Page): Promise<void> {
  const result = await build({
    stdin: { contents: READER_ENTRY, loader: "js", resolveDir: root, sourcefile: "bench-visualizer-entry.js" },
    bundle: true,
    write: false,
    format: "iife",
    minify: true,
    logLevel: "error",
  });
  const js = result.outputFiles[0]?.text ?? "";
  if (js.includes("</script")) throw new Error("the bundle holds </script");
  await page.setContent(`<!doctype html><html><body><script>${js}</script></body></html>`);
}

/** Opens a program in the visualizer and waits for its trace. */
async function openVisualizer(page: Page, baseUrl: string, source: string): Promise<number> {
  await page.goto(`${baseUrl}${visualizeHref(source, "3.14")}`);
  await page.locator("[data-run-state=done][data-step]").waitFor({ timeout: TIMEOUT_MS });
  return Number(await page.getByTestId("step-slider").getAttribute("max"));
}

/**
 * The page's side of timeSteps: sets the slider to each step in turn and times, for each, the input
 * event to the frame painted after the page shows that step. A string, not a function: tsx would put
 * its own helpers (__name) into a function's source, which the page does not have.
 */
const TIME_STEPS = `async ({ steps, until }) => {
  const slider = document.querySelector("[data-testid=step-slider]");
  const view = document.querySelector("[data-run-state]");
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  if (!slider || !view) throw new Error("no visualizer on the page");
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const shown = (step) => {
    if (view.getAttribute("data-step") !== String(step)) return false;
    if (until === "step") return true;
    const graph = document.querySelector("[data-layout]");
    return graph?.getAttribute("data-layout") === "done" && graph.getAttribute("data-layout-step") === String(step);
  };
  const times = [];
  for (const step of steps) {
    await afterPaint();
    const start = performance.now();
    setValue.call(slider, String(step + 1));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    while (!shown(step)) await new Promise((resolve) => setTimeout(resolve, 0));
    await afterPaint();
    times.push(performance.now() - start);
  }
  return times;
}`;

const timeSteps = (page: Page, steps: number[], until: "step" | "layout"): Promise<number[]> =>
  page.evaluate(`(${TIME_STEPS})(${JSON.stringify({ steps, until })})`);

const given = argument("url");
const started = given ? null : await startServer(root);
const baseUrl = given ?? started?.url ?? "";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  console.log(`The visualizer in Chromium against ${baseUrl}; ${rounds} random steps per figure.\n`);

  const traced = await run(LONG, { python: "3.14", trace: true, timeoutMs: 120_000 });
  closeEngine();
  const trace = traced.trace as Trace;
  const objects = new TraceReader(trace).heapAt(trace.steps.length - 1).size;
  console.log(`1. Reading a step's heap: a ${trace.steps.length.toLocaleString("en-US")}-step trace (${(JSON.stringify(trace).length / 1e6).toFixed(1)} MB of JSON)`);
  const blank = await browser.newPage();
  await readerPage(blank);
  const reading = await blank.evaluate(
    ({ trace, steps }) => (window as unknown as { __bench: (t: Trace, s: number[]) => { buildMs: number; reader: number[]; replay: number[] } }).__bench(trace, steps),
    { trace, steps: randomSteps(rounds, trace.steps.length) },
  );
  console.log(`   the reader's checkpoints built once in ${reading.buildMs.toFixed(1)} ms; ${objects} objects in the last step's heap`);
  row("   replay from step 0 (heapAt before checkpoints)", reading.replay);
  row("   checkpointed TraceReader.heapAt", reading.reader, reading.replay);
  await blank.close();

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  console.log("\n2. The /visualize page: slider to a random step → that step painted");
  const shortSteps = await openVisualizer(page, baseUrl, SHORT);
  const shortTimes = await timeSteps(page, randomSteps(rounds, shortSteps), "step");
  row(`   ${shortSteps}-step run`, shortTimes);
  const longSteps = await openVisualizer(page, baseUrl, LONG);
  row(`   ${longSteps.toLocaleString("en-US")}-step run (goal: under 50 ms)`, await timeSteps(page, randomSteps(rounds, longSteps), "step"), shortTimes);

  console.log("\n3. The heap graph's layout: step change → nodes laid out and painted");
  const wideSteps = await openVisualizer(page, baseUrl, WIDE);
  const firstAndLast = (count: number) => Array.from({ length: count }, (_, index) => (index % 2 === 0 ? 0 : wideSteps - 1));
  const both = await timeSteps(page, firstAndLast(Math.min(rounds, 16)), "layout");
  const objectsShown = await page.evaluate(() => document.querySelectorAll(".react-flow__node").length);
  row("   first step (a few objects)", both.filter((_, index) => index % 2 === 0));
  row(`   last step (${objectsShown} nodes drawn; goal: under 200 ms)`, both.filter((_, index) => index % 2 === 1), both.filter((_, index) => index % 2 === 0));
} finally {
  await browser.close();
  await started?.kill();
}
