"use client";

import { lazy, Suspense, useSyncExternalStore } from "react";
import type { MonacoEditorProps } from "./MonacoEditor";
import styles from "./CodeEditor.module.css";

// Monaco touches `window` when imported, so it is loaded in the browser only, after hydration.
const MonacoEditor = lazy(() => import("./MonacoEditor"));

const subscribeNever = () => () => {};
/** False while rendering on the server and hydrating, true afterwards in the browser. */
function useIsClient(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

/** A Monaco editor. Until Monaco has loaded, the code is shown as plain text, so the page reads
 * correctly from the first paint and without JavaScript. */
export function CodeEditor(props: MonacoEditorProps) {
  const isClient = useIsClient();
  const placeholder = <pre className={styles.placeholder}>{props.value}</pre>;
  return (
    <div className={styles.frame} style={{ height: props.height }} data-testid="code-editor">
      {isClient ? (
        <Suspense fallback={placeholder}>
          <MonacoEditor {...props} height="100%" />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
