/**
 * Bundles the engine's worker entry points into engine/dist/*.mjs.
 * - The two sandbox entry points run in a process that Node's permission model lets read only that
 *   folder and the Pyodide packages, so they must be self-contained JavaScript.
 * - The browser worker must be a real module worker (Pyodide refuses classic workers, which is what
 *   Next's bundler makes of `new Worker(...)`), so it is bundled here and served by the app.
 * - The engine's Python files go into one JSON file (engine/runtime/python-files.ts).
 * - Last, each Python version's browser files get a content hash (engine/browser/asset-manifest.ts),
 *   so that the app can serve them as immutable under a URL that changes whenever one of them does.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { ASSET_MANIFEST, type AssetManifest, BROWSER_ENGINE_FILES, PYODIDE_BROWSER_FILES } from "../engine/browser/asset-manifest";
import { PYTHON_VERSIONS } from "../engine/protocol";
import { PYTHON_FILES_BUNDLE, type PythonFiles } from "../engine/runtime/python-files";
import { PYODIDE_PACKAGES } from "../engine/versions";

const root = path.resolve(import.meta.dirname, "..");

/** Python sources of a folder (not recursive), keyed by `prefix` + file name. */
function pythonSources(dir: string, prefix: string): PythonFiles {
  const files: PythonFiles = {};
  for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
    if (name.endsWith(".py")) files[`${prefix}${name}`] = fs.readFileSync(path.join(root, dir, name), "utf8");
  }
  return files;
}

const pythonFiles: PythonFiles = {
  ...pythonSources("engine/python", ""),
  ...pythonSources("engine/probe/heapwise_probe", "heapwise_probe/"),
  ...pythonSources("engine/probe", "lib/"),
};
fs.mkdirSync(path.join(root, "engine/dist"), { recursive: true });
fs.writeFileSync(path.join(root, "engine/dist", PYTHON_FILES_BUNDLE), JSON.stringify(pythonFiles));

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

/** A short content hash of files, in order: what the asset URLs and the stored snapshots are keyed by. */
function hashFiles(contents: Buffer[]): string {
  const hash = createHash("sha256");
  for (const content of contents) hash.update(createHash("sha256").update(content).digest());
  return hash.digest("hex").slice(0, 16);
}

const dist = path.join(root, "engine/dist");
const manifest = Object.fromEntries(
  PYTHON_VERSIONS.map((python) => {
    const pyodideDir = path.join(root, "node_modules", PYODIDE_PACKAGES[python]);
    // Not every release has every file (pyodide.asm.mjs is 314's, pyodide.asm.js the older ones').
    const files = Object.keys(PYODIDE_BROWSER_FILES).filter((file) => fs.existsSync(path.join(pyodideDir, file)));
    const paths = [...files.map((file) => path.join(pyodideDir, file)), ...Object.keys(BROWSER_ENGINE_FILES).map((file) => path.join(dist, file))];
    return [python, { build: hashFiles(paths.map((file) => fs.readFileSync(file))), files }];
  }),
) as AssetManifest;
fs.writeFileSync(path.join(dist, ASSET_MANIFEST), JSON.stringify(manifest, null, 2));
