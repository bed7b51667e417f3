"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { BrowserEngine, EngineStatus } from "@/engine/browser/browser-engine";
import type { PythonVersion } from "@/engine/protocol";
import { useEngines } from "../EngineProvider";

/** This tab's worker for one Python version, and its loading status as it changes. */
export function useEngineStatus(python: PythonVersion): { engine: BrowserEngine; status: EngineStatus } {
  const engine = useEngines().get(python);
  const status = useSyncExternalStore(
    useCallback((notify: () => void) => engine.subscribe(notify), [engine]),
    () => engine.status,
    (): EngineStatus => ({ state: "idle" }),
  );
  return { engine, status };
}
