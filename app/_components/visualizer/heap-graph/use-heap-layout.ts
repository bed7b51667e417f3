"use client";

import { useEffect, useMemo, useState } from "react";
import { type Positions, layoutKey } from "./elk-graph";
import type { HeapGraphModel } from "./heap-graph-model";
import { layOut, layoutCache } from "./layout-client";

export type LaidOut = { model: HeapGraphModel; key: string; positions: Positions };

export type HeapLayout = {
  /** The newest model with a layout: the requested one, or while its layout runs, the one before. */
  shown: LaidOut | null;
  /** The requested model's layout is still running. */
  pending: boolean;
  key: string;
  error: string | null;
};

/**
 * The layout of the model to draw. A cached layout (a shape seen before: stepping back, or a step
 * that changed only counts) is there in the same render; a new shape goes to the worker, and the
 * previous drawing stays on screen until its answer comes, so stepping never flashes an empty graph.
 */
export function useHeapLayout(model: HeapGraphModel): HeapLayout {
  const key = useMemo(() => layoutKey(model), [model]);
  const cached = layoutCache.get(key);
  const [latest, setLatest] = useState<LaidOut | null>(null);
  // The last drawing, kept for the next uncached shape to show while its layout runs (React's
  // "information from previous renders" pattern: a guarded update during render).
  if (cached && latest?.key !== key) setLatest({ model, key, positions: cached });
  const [error, setError] = useState<{ key: string; message: string } | null>(null);

  useEffect(() => {
    if (cached) return;
    let current = true;
    layOut(model, key).then(
      (positions) => current && setLatest({ model, key, positions }),
      (failure: unknown) => current && setError({ key, message: failure instanceof Error ? failure.message : String(failure) }),
    );
    return () => {
      current = false;
    };
  }, [cached, model, key]);

  // One object per drawing: the nodes built from it are rebuilt (and re-measured) only when it changes.
  const fromCache = useMemo(() => (cached ? { model, key, positions: cached } : null), [cached, model, key]);
  if (fromCache) return { shown: fromCache, pending: false, key, error: null };
  const failed = error?.key === key ? error.message : null;
  return { shown: latest, pending: failed === null, key, error: failed };
}
