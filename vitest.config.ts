import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run server modules directly, outside React's server environment that would normally
      // resolve `server-only` to its empty module.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/engine/**/*.test.ts", "tests/conformance/**/*.test.ts", "tests/escapes/**/*.test.ts", "tests/trace/**/*.test.ts", "tests/grading/**/*.test.ts"],
    globalSetup: ["tests/support/build-engine.ts"],
    environment: "node",
    // Database tests start real SQLite files and a real PostgreSQL cluster; engine tests load CPython.
    testTimeout: 60_000,
    // Much of an engine test's time is spent waiting on its sandbox processes (loading an interpreter
    // after a run that reached JavaScript or crashed), so two files at a time keep two cores busy
    // (Vitest's default here is one). Three starved timing-sensitive runs of CPU (measured).
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
