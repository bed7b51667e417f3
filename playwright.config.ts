import { defineConfig } from "@playwright/test";

// The suite runs against a production build served on loopback, in Debian's Chromium
// (apt-get install -y chromium), with its own SQLite file so that it never touches a developer's data.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATABASE_URL = "file:./e2e.db";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Without this rule Chromium resolves Google hosts on start-up; with it, any name other than
        // loopback fails to resolve, so an accidental CDN load cannot succeed either.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  // Timing tests (tagged @quiet) measure how fast the page answers a learner: they run alone, after
  // every other test, so that a second Chromium on this 2-core machine is not what they measure.
  projects: [
    { name: "e2e", grepInvert: /@quiet/ },
    { name: "quiet", grep: /@quiet/, dependencies: ["e2e"] },
    // Processes killed on purpose (app instances, grading workers, PostgreSQL): last, alone.
    { name: "faults", testDir: "tests/faults", dependencies: ["quiet"] },
  ],
  webServer: {
    command: `npm run -s db:deploy && npm run -s build && npx next start -H 127.0.0.1 -p ${PORT}`,
    url: BASE_URL,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: { DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
