"use client";

import type * as Monaco from "monaco-editor";
import { useTheme } from "next-themes";

export const EDITOR_THEMES = { light: "heapwise-light", dark: "heapwise-dark" } as const;
export type EditorTheme = (typeof EDITOR_THEMES)[keyof typeof EDITOR_THEMES];

/**
 * Monaco's own themes with the colours that fall under WCAG AA's 4.5:1 raised: vs-dark's comments
 * (#608b4e on #1e1e1e is 4.2:1; VS Code's Dark+ green #6a9955 is 5.0:1) and the line numbers.
 */
export function defineEditorThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEMES.light, { base: "vs", inherit: true, rules: [], colors: { "editorLineNumber.foreground": "#237893" } });
  monaco.editor.defineTheme(EDITOR_THEMES.dark, {
    base: "vs-dark",
    inherit: true,
    rules: [{ token: "comment", foreground: "6a9955" }],
    colors: { "editorLineNumber.foreground": "#8f8f8f" },
  });
}

/** The editor theme that matches the page's. */
export function useEditorTheme(): EditorTheme {
  const { resolvedTheme } = useTheme();
  return resolvedTheme === "dark" ? EDITOR_THEMES.dark : EDITOR_THEMES.light;
}
