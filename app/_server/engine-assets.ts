import "server-only";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { ASSET_MANIFEST, type AssetManifest, BROWSER_ENGINE_FILES, PYODIDE_BROWSER_FILES, assetsPath } from "@/engine/browser/asset-manifest";
import { PYTHON_VERSIONS, type PythonVersion, isPythonVersion } from "@/engine/protocol";
import { PYODIDE_PACKAGES } from "@/engine/versions";

export type EngineAsset = { body: Uint8Array; contentType: string };

type ServedFile = { file: string; contentType: string };

/**
 * The files served for each version, looked up in Maps: a name such as "constructor" or "__proto__"
 * is simply absent, never a property inherited from Object.prototype.
 */
type ServedVersion = { build: string; files: Map<string, ServedFile> };

let served: Map<PythonVersion, ServedVersion> | null = null;

/** Read once per server process from the manifest that scripts/build-engine.ts wrote with the files. */
function servedVersions(): Map<PythonVersion, ServedVersion> {
  if (served) return served;
  const root = process.cwd();
  const manifest = JSON.parse(readFileSync(path.join(root, "engine", "dist", ASSET_MANIFEST), "utf8")) as AssetManifest;
  served = new Map(
    PYTHON_VERSIONS.map((python) => {
      const files = new Map<string, ServedFile>();
      for (const name of manifest[python].files) {
        const contentType = PYODIDE_BROWSER_FILES[name];
        if (contentType) files.set(name, { file: path.join(root, "node_modules", PYODIDE_PACKAGES[python], name), contentType });
      }
      for (const [name, contentType] of Object.entries(BROWSER_ENGINE_FILES)) files.set(name, { file: path.join(root, "engine", "dist", name), contentType });
      return [python, { build: manifest[python].build, files }];
    }),
  );
  return served;
}

/** Where the pages find each version's files: the build hash is part of the path. */
export function engineAssetPaths(): Record<PythonVersion, string> {
  const versions = servedVersions();
  return Object.fromEntries(PYTHON_VERSIONS.map((python) => [python, assetsPath(python, versions.get(python)?.build ?? "")])) as Record<PythonVersion, string>;
}

/**
 * Pyodide is served from the installed npm packages (never a CDN), under
 * /engine-assets/<python>/<build>/. Returns null for a version, build or file not in the manifest,
 * so the route cannot be used to read other files, and an old build's URL never gets new content.
 */
export async function readEngineAsset(python: string, build: string, file: string): Promise<EngineAsset | null> {
  if (!isPythonVersion(python)) return null;
  const version = servedVersions().get(python);
  const entry = version?.build === build ? version.files.get(file) : undefined;
  if (!entry) return null;
  return { body: await fs.readFile(entry.file), contentType: entry.contentType };
}
