/**
 * Bundles the engine's worker entry points into engine/dist/*.mjs.
 * - The two sandbox entry points run in a process that Node's permission model lets read only that
 *   folder and the Pyodide packages, so they must be self-contained JavaScript.
 * - The browser worker must be a real module worker (Pyodide refuses classic workers, which is what
 *   Next's bundler makes of `new Worker(...)`), so it is bundled here and served by the app.
 */
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

await build({
  entryPoints: {
    "sandbox-child": path.join(root, "engine/node/sandbox-child.ts"),
    "interpreter-thread": path.join(root, "engine/node/interpreter-thread.ts"),
  },
  outdir: path.join(root, "engine/dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "inline",
  logLevel: "warning",
});

await build({
  entryPoints: { "engine-worker": path.join(root, "engine/browser/engine-worker.ts") },
  outdir: path.join(root, "engine/dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  logLevel: "warning",
});
