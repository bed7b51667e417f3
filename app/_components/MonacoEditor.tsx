"use client";

import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useCallback, useEffect, useState } from "react";
import { defineEditorThemes, useEditorTheme } from "./theme/editor-theme";

// Monaco comes from our own bundle, never a CDN: without loader.config, @monaco-editor/react injects
// a <script> from jsdelivr. Its web worker is bundled from the local monaco-editor package too.
self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" }),
};
loader.config({ monaco });
defineEditorThemes(monaco);

export type MonacoEditorProps = {
  value: string;
  onChange: (value: string) => void;
  language: string;
  /** CSS height; "100%" fills the parent. */
  height: string;
  ariaLabel: string;
  /** Called with the content's height in pixels whenever it changes (lines added, wrapped or removed). */
  onContentHeight?: (px: number) => void;
  /** Code the learner reads but may not change (a predict block's question is about this exact code). */
  readOnly?: boolean;
  /** A line marked as the one running (the visualizer's current step), kept in view; null: none. */
  highlightLine?: number | null;
};

export default function MonacoEditor({ value, onChange, language, height, ariaLabel, onContentHeight, readOnly = false, highlightLine = null }: MonacoEditorProps) {
  const theme = useEditorTheme();
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onMount = useCallback<OnMount>(
    (editor) => {
      setEditor(editor);
      // The end-to-end tests read the editor's model back through window.monaco, as Monaco's own AMD
      // build exposes it; the ESM build does not.
      (window as typeof window & { monaco?: typeof monaco }).monaco = monaco;
      editor.getContainerDomNode().dataset.editorReady = "true";
      if (onContentHeight) {
        onContentHeight(editor.getContentHeight());
        editor.onDidContentSizeChange((event) => {
          if (event.contentHeightChanged) onContentHeight(event.contentHeight);
        });
      }
    },
    [onContentHeight],
  );

  useEffect(() => {
    if (!editor || highlightLine === null) return;
    const decorations = editor.createDecorationsCollection([
      {
        range: new monaco.Range(highlightLine, 1, highlightLine, 1),
        options: { isWholeLine: true, className: "monaco-current-step", linesDecorationsClassName: "monaco-current-step-gutter" },
      },
    ]);
    editor.revealLineInCenterIfOutsideViewport(highlightLine, monaco.editor.ScrollType.Smooth);
    return () => decorations.clear();
  }, [editor, highlightLine]);

  return (
    <Editor
      value={value}
      onChange={(next) => onChange(next ?? "")}
      language={language}
      height={height}
      theme={theme}
      onMount={onMount}
      options={{
        ariaLabel,
        readOnly,
        // Without this Monaco answers a keystroke with a "Cannot edit in read-only editor" tooltip.
        readOnlyMessage: { value: "This code is fixed: the question is about it." },
        fontSize: 14,
        lineHeight: 19,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        // Long lines (an exercise's instructions) wrap instead of hiding past the right edge.
        wordWrap: "on",
        wrappingIndent: "same",
        tabSize: 4,
        insertSpaces: true,
        renderLineHighlight: "line",
        // "dimmed" greys the last line's number below 4.5:1 contrast.
        renderFinalNewline: "on",
        padding: { top: 8, bottom: 8 },
      }}
    />
  );
}
