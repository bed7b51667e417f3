import { engineAssetPaths } from "@/app/_server/engine-assets";
import { earlyStartScript } from "@/engine/browser/early-start";
import { DEFAULT_PYTHON, type PythonVersion } from "@/engine/protocol";

/**
 * Put on pages with editors: starts the worker of the Python the page's editors use first while the HTML is parsed, before the
 * page's bundles and Monaco compete for the network and the CPU (engine/browser/early-start.ts).
 */
export function EarlyEngineStart({ python = DEFAULT_PYTHON }: { python?: PythonVersion }) {
  return <script dangerouslySetInnerHTML={{ __html: earlyStartScript(python, engineAssetPaths()[python]) }} />;
}
