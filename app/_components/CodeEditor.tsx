"use client";

import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import type { MonacoEditorProps } from "./MonacoEditor";
import styles from "./CodeEditor.module.css";

// Monaco touches `window` when imported, so it is loaded in the browser only, after hydration.
const MonacoEditor = lazy(() => import("./MonacoEditor"));

const subscribeNever = () => () => {};
/** False while rendering on the server and hydrating, true afterwards in the browser. */
function useIsClient(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

export type CodeEditorProps = Omit<MonacoEditorProps, "height" | "onContentHeight"> & {
  /** CSS height: "100%" fills the parent (the playground); a pixel height is the first paint's
   * estimate for an editor that then grows and shrinks with its content (`fitContent`). */
  height: string;
  /** Follow the content's height (wrapped lines included), between the estimate's minimum and `maxHeightPx`. */
  fitContent?: { minHeightPx: number; maxHeightPx: number };
};

/** A Monaco editor. Until Monaco has loaded, the code is shown as plain text, so the page reads
 * correctly from the first paint and without JavaScript. */
export function CodeEditor({ height, fitContent, ...props }: CodeEditorProps) {
  const isClient = useIsClient();
  const [contentHeight, setContentHeight] = useState<number | null>(null);
  const fitted = fitContent && contentHeight !== null ? `${Math.min(fitContent.maxHeightPx, Math.max(fitContent.minHeightPx, contentHeight))}px` : height;
  const placeholder = <pre className={styles.placeholder}>{props.value}</pre>;
  return (
    <div className={styles.frame} style={{ height: fitted }} data-testid="code-editor">
      {isClient ? (
        <Suspense fallback={placeholder}>
          <MonacoEditor {...props} height="100%" onContentHeight={fitContent ? setContentHeight : undefined} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
