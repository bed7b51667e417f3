"use client";

import { useTheme } from "next-themes";

/** Monaco's built-in theme that matches the page: "vs" on light pages, "vs-dark" on dark ones. */
export function useEditorTheme(): "vs" | "vs-dark" {
  const { resolvedTheme } = useTheme();
  return resolvedTheme === "dark" ? "vs-dark" : "vs";
}
