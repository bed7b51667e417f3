/**
 * `npx tsx scripts/preview-teaching.ts [--out shots]`: the teacher's attempt view and predictions chart
 * with sample data (scripts/preview-teaching/), bundled by esbuild into one static page outside Next,
 * so that they can be looked at and checked without a database or a class:
 * - rendered to HTML on the server (react-dom/server), as Next renders a client component first;
 * - opened in Chromium in the light and the dark theme, 1000 px and 390 px wide, with a diff shown
 *   and the output and table <details> open: a screenshot of each to --out, axe-core's serious and
 *   critical WCAG 2.1 AA violations, and whether anything is wider than the window.
 * Exits 1 when axe finds a violation or the page scrolls sideways.
 */
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Page } from "@playwright/test";
import { build } from "esbuild";
import { attempts as sampleAttempts } from "./preview-teaching/sample-data";

const root = path.resolve(import.meta.dirname, "..");
const outIndex = process.argv.indexOf("--out");
const shots = path.resolve(root, outIndex >= 0 ? (process.argv[outIndex + 1] ?? "shots") : "shots");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "heapwise-preview-"));
const here = path.join(root, "scripts", "preview-teaching");

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now (as tests/e2e/axe.ts). */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

const common = {
  bundle: true,
  absWorkingDir: root,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "error",
  // The components' "use client" says where Next splits bundles; one bundle has nothing to split.
  logOverride: { "unsupported-directive": "silent" },
} as const;

// The server's render: the components' first HTML, before any browser measured a box or a time zone.
await build({
  ...common,
  stdin: {
    contents: `import { renderToString } from "react-dom/server";
import { AttemptHistory } from "@/app/_components/teaching/AttemptHistory";
import { PredictionsChart } from "@/app/_components/teaching/PredictionsChart";
import { attempts, predictions } from "./scripts/preview-teaching/sample-data";
export const html = renderToString(<><AttemptHistory attempts={attempts} /><PredictionsChart predictions={predictions} /></>);`,
    loader: "tsx",
    resolveDir: root,
  },
  platform: "node",
  format: "cjs",
  outfile: path.join(work, "server.cjs"),
});
const { html } = createRequire(import.meta.url)(path.join(work, "server.cjs")) as { html: string };
console.log(`server render: ${html.length} characters of HTML`);

await build({ ...common, entryPoints: { page: path.join(here, "page.tsx") }, platform: "browser", format: "esm", outdir: work, minify: true });
fs.writeFileSync(
  path.join(work, "index.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Teacher views</title><link rel="icon" href="data:,"><link rel="stylesheet" href="page.css"></head><body><div id="root"></div><script type="module" src="page.js"></script></body></html>`,
);
const bytes = (file: string) => fs.statSync(path.join(work, file)).size;
console.log(`browser bundle: ${(bytes("page.js") / 1024).toFixed(0)} KiB JS, ${(bytes("page.css") / 1024).toFixed(0)} KiB CSS (minified, with React and recharts)`);

// Served over HTTP, not file://: Chromium refuses a file page's requests, axe's for the stylesheet among them.
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = http.createServer((request, response) => {
  const file = path.join(work, path.basename(new URL(request.url ?? "/", "http://x").pathname) || "index.html");
  if (!fs.existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const address = server.address();
const origin = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";

fs.mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
let failed = false;
try {
  for (const theme of ["light", "dark"] as const) {
    for (const width of [1000, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
      await page.goto(`${origin}/index.html?theme=${theme}`);
      await page.getByTestId("attempt-history").waitFor();
      // From the keyboard: the arrow keys move through the attempts (a radio group), and the view follows.
      await page.getByTestId("attempt-option").first().locator("input").focus();
      await page.keyboard.press("ArrowDown");
      const byKeyboard = await page.getByTestId("attempt-view").getAttribute("data-attempt-id");
      await page.keyboard.press("ArrowUp");
      // The newest attempt against the one that passed, with what it printed and a chart's table open.
      await page.getByTestId("compare-with").selectOption({ index: 1 });
      await page.getByTestId("attempt-diff").waitFor();
      await page.getByText("What the program printed").click();
      await page.getByText("Show as table").first().click();
      await page.locator(".recharts-bar-rectangle").first().waitFor();
      const name = `${theme}-${width}`;
      await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
      // Each part on its own too, at full scale: a whole page is shrunk too far to read when looked at.
      await page.locator("fieldset").first().screenshot({ path: path.join(shots, `${name}-list.png`) });
      await page.getByTestId("attempt-diff").screenshot({ path: path.join(shots, `${name}-diff.png`) });
      await page.getByTestId("predictions-chart").screenshot({ path: path.join(shots, `${name}-chart.png`) });
      const serious = await seriousViolations(page);
      // The attempts whose grade failed and whose program stopped show other notes: check them too.
      for (const index of [2, 3]) {
        await page.getByTestId("attempt-option").nth(index).click();
        await page.getByTestId("attempt-view").screenshot({ path: path.join(shots, `${name}-attempt-${index}.png`) });
        serious.push(...(await seriousViolations(page)));
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const bars = await page.locator(".recharts-bar-rectangle").count();
      const keyboard = byKeyboard === sampleAttempts[1]?.id ? "arrow keys choose attempts" : `ArrowDown showed ${byKeyboard}`;
      console.log(`${name}: ${serious.length} serious axe violations, ${overflow > 0 ? `${overflow} px too wide` : "fits the window"}, ${bars} bars, ${keyboard}, ${errors.length} page errors`);
      for (const violation of serious) for (const node of violation.nodes) console.log(`  ${violation.id}: ${node.target.join(" ")} ${node.failureSummary ?? ""}`);
      for (const error of errors) console.log(`  error: ${error}`);
      if (overflow > 0) {
        // The outermost elements that reach past the window's right edge: where to look first.
        // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
        const wide = await page.evaluate<string[]>(`(() => {
          const clipped = (element) => {
            for (let at = element.parentElement; at; at = at.parentElement) if (getComputedStyle(at).overflowX !== "visible") return true;
            return false;
          };
          const past = (element) => !!element && element.getBoundingClientRect().right > window.innerWidth + 1;
          // An absolute element is placed from outside a scroller that is not positioned: no scroller hides it.
          const absolute = (element) => ["absolute", "fixed"].includes(getComputedStyle(element).position);
          return [...document.querySelectorAll("body *")]
            .filter((element) => past(element) && (absolute(element) || (!past(element.parentElement) && !clipped(element))))
            .map((element) => element.tagName.toLowerCase() + "." + [...element.classList].join(".") + " (" + Math.round(element.getBoundingClientRect().width) + " px)");
        })()`);
        console.log(`  too wide: ${wide.join(", ")}`);
      }
      failed ||= serious.length > 0 || overflow > 0 || errors.length > 0 || byKeyboard !== sampleAttempts[1]?.id;
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots in ${path.relative(root, shots)}/`);
process.exit(failed ? 1 : 0);
