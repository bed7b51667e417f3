"use client";

import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useCallback } from "react";

// Monaco comes from our own bundle, never a CDN: without loader.config, @monaco-editor/react injects
// a <script> from jsdelivr. Its web worker is bundled from the local monaco-editor package too.
self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" }),
};
loader.config({ monaco });

export type MonacoEditorProps = {
  value: string;
  onChange: (value: string) => void;
  language: string;
  /** CSS height; "100%" fills the parent (the playground). */
  height: string;
  ariaLabel: string;
};

export default function MonacoEditor({ value, onChange, language, height, ariaLabel }: MonacoEditorProps) {
  const onMount = useCallback<OnMount>((editor) => {
    // The end-to-end tests read the editor's model back through window.monaco, as Monaco's own AMD
    // build exposes it; the ESM build does not.
    (window as typeof window & { monaco?: typeof monaco }).monaco = monaco;
    editor.getContainerDomNode().dataset.editorReady = "true";
  }, []);

  return (
    <Editor
      value={value}
      onChange={(next) => onChange(next ?? "")}
      language={language}
      height={height}
      theme="vs-dark"
      onMount={onMount}
      options={{
        ariaLabel,
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        insertSpaces: true,
        renderLineHighlight: "line",
        padding: { top: 8, bottom: 8 },
      }}
    />
  );
}
