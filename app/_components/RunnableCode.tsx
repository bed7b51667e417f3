"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useDebouncedCallback } from "use-debounce";
import { CodeEditor } from "./CodeEditor";
import { CodeRunner } from "./CodeRunner";
import { editorHeight, heightForLines, MAX_LINES } from "./editor-height";
import { lessonEditorKey, loadEdit, storeEdit } from "./lesson-editor-storage";
import styles from "./RunnableCode.module.css";

const FIT = { minHeightPx: heightForLines(3), maxHeightPx: heightForLines(MAX_LINES) };
const QUIET_MS = 400;

export type RunnableCodeProps = { code: string; language?: string };

/**
 * A lesson's runnable code block (```python runnable in MDX, see mdx/remark-runnable-code.mjs). The
 * learner's edits are kept in this browser and come back on the next visit, with a way back to the
 * lesson's original code.
 */
export function RunnableCode({ code, language = "python" }: RunnableCodeProps) {
  const initial = code.replace(/\n$/, "");
  const key = lessonEditorKey(usePathname(), initial);
  const [source, setSource] = useState(initial);
  const keep = useDebouncedCallback((next: string) => storeEdit(key, next === initial ? null : next), QUIET_MS, { flushOnExit: true });

  // After hydration, not while rendering: the server cannot see this browser's storage, and the first
  // render must match what it sent.
  useEffect(() => {
    const kept = loadEdit(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    if (kept !== null && kept !== initial) setSource(kept);
  }, [key, initial]);

  useEffect(() => {
    const flush = () => keep.flush();
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [keep]);

  const edit = (next: string) => {
    setSource(next);
    keep(next);
  };
  const restoreOriginal = () => {
    keep.cancel();
    storeEdit(key, null);
    setSource(initial);
  };

  return (
    <div className="runnable" data-testid="runnable-code">
      <CodeEditor value={source} onChange={edit} language={language} height={editorHeight(source)} fitContent={FIT} ariaLabel="Python code editor" />
      {source !== initial && (
        <p className={styles.edited}>
          Your edited code, kept in this browser.{" "}
          <button type="button" onClick={restoreOriginal}>
            Back to the original
          </button>
        </p>
      )}
      <CodeRunner source={source} />
    </div>
  );
}
