"use client";

import { useEffect } from "react";

/** Where the keys belong to something else: text fields, the code editor, the slider (which steps natively), the graph's pan keys. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest("input, textarea, select, [role='slider'], .monaco-editor, .react-flow")) return true;
  return false;
}

/**
 * The visualizer's keyboard shortcuts anywhere on the page: ← and → step back and forward, Home and
 * End go to the first and last step. Keys typed into the editor or a field stay theirs.
 */
export function useStepKeys(enabled: boolean, step: number, count: number, onStep: (index: number) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsArrowKeys(event.target)) return;
      const targets: Record<string, number> = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: count - 1 };
      const next = targets[event.key];
      if (next === undefined) return;
      event.preventDefault();
      onStep(Math.max(0, Math.min(count - 1, next)));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, step, count, onStep]);
}
