"use client";

import { useState } from "react";
import { CodeEditor } from "./CodeEditor";
import { CodeRunner } from "./CodeRunner";
import { editorHeight, heightForLines, MAX_LINES } from "./editor-height";

const FIT = { minHeightPx: heightForLines(3), maxHeightPx: heightForLines(MAX_LINES) };

export type RunnableCodeProps = { code: string; language?: string };

/** A lesson's runnable code block (```python runnable in MDX, see mdx/remark-runnable-code.mjs). */
export function RunnableCode({ code, language = "python" }: RunnableCodeProps) {
  const initial = code.replace(/\n$/, "");
  const [source, setSource] = useState(initial);
  return (
    <div className="runnable" data-testid="runnable-code">
      <CodeEditor value={source} onChange={setSource} language={language} height={editorHeight(source)} fitContent={FIT} ariaLabel="Python code editor" />
      <CodeRunner source={source} />
    </div>
  );
}
