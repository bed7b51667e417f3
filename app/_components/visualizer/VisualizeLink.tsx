import type { PythonVersion } from "@/engine/protocol";
import { visualizeHref } from "./share-link";

/**
 * Opens this code on this version in the visualizer, in a new tab so the learner keeps their place
 * in the lesson. A real link: it can be copied, bookmarked or opened in the same tab.
 */
export function VisualizeLink({ source, python }: { source: string; python: PythonVersion }) {
  return (
    <a className="button" href={visualizeHref(source, python)} target="_blank" rel="noopener" aria-label="Visualize step by step (opens in a new tab)">
      Visualize
    </a>
  );
}
