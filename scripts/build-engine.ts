/**
 * Bundles the engine's two sandbox entry points into engine/dist/*.mjs. They run in a process that
 * Node's permission model lets read only that folder and the Pyodide packages, so they must be plain
 * self-contained JavaScript: no TypeScript loader, no node_modules lookups.
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
