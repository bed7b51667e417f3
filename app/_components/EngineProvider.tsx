"use client";

import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { BrowserEngine } from "@/engine/browser/browser-engine";
import type { PythonVersion } from "@/engine/protocol";

type Engines = { get(python: PythonVersion): BrowserEngine };

const EngineContext = createContext<Engines | null>(null);

/**
 * One Python worker per version for the whole tab, kept across page navigations, shared by every
 * editor: loading CPython takes seconds, running a program milliseconds. A version the learner
 * switched away from keeps its interpreter, so switching back is immediate.
 *
 * `assetPaths` come from the server (app/_server/engine-assets.ts): each version's files live under
 * a path with their build hash, so the browser may cache them for good.
 */
export function EngineProvider({ assetPaths, children }: { assetPaths: Record<PythonVersion, string>; children: ReactNode }) {
  const [engines] = useState(() => new Map<PythonVersion, BrowserEngine>());
  const [value] = useState<Engines>(() => ({
    get(python) {
      let engine = engines.get(python);
      if (!engine) {
        engine = new BrowserEngine(python, assetPaths[python]);
        engines.set(python, engine);
      }
      return engine;
    },
  }));
  useEffect(
    () => () => {
      for (const engine of engines.values()) engine.dispose();
      engines.clear();
    },
    [engines],
  );
  return <EngineContext.Provider value={value}>{children}</EngineContext.Provider>;
}

export function useEngines(): Engines {
  const engines = useContext(EngineContext);
  if (!engines) throw new Error("useEngines needs an <EngineProvider> above it");
  return engines;
}
