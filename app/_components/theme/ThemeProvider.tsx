"use client";

import { ThemeProvider as NextThemes } from "next-themes";
import type { ReactNode } from "react";

/**
 * Light or dark, following the system until the learner picks one (kept in localStorage). The theme
 * is a `data-theme` attribute on <html>, set by next-themes' inline script before the first paint, so
 * a dark page never flashes white.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemes attribute="data-theme" defaultTheme="system" enableSystem enableColorScheme disableTransitionOnChange storageKey="heapwise-theme">
      {children}
    </NextThemes>
  );
}
