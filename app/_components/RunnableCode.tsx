"use client";

import { useState } from "react";
import { CodeEditor } from "./CodeEditor";
import { CodeRunner } from "./CodeRunner";

const LINE_HEIGHT_PX = 19;
const PADDING_PX = 16;
const MIN_LINES = 3;
const MAX_LINES = 30;

/** Fits the editor to its code so that a lesson reads like a page, not a stack of scroll boxes. */
function heightFor(code: string): string {
  const lines = Math.min(MAX_LINES, Math.max(MIN_LINES, code.split("\n").length));
  return `${lines * LINE_HEIGHT_PX + PADDING_PX}px`;
}

export type RunnableCodeProps = { code: string; language?: string };

/** A lesson's runnable code block (```python runnable in MDX, see mdx/remark-runnable-code.mjs). */
export function RunnableCode({ code, language = "python" }: RunnableCodeProps) {
  const initial = code.replace(/\n$/, "");
  const [source, setSource] = useState(initial);
  return (
    <div className="runnable" data-testid="runnable-code">
      <CodeEditor value={source} onChange={setSource} language={language} height={heightFor(source)} ariaLabel="Python code editor" />
      <CodeRunner source={source} />
    </div>
  );
}
