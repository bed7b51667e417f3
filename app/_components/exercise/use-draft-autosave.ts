"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useDebouncedCallback } from "use-debounce";
import { jsonOrReason } from "../json-or-reason";

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; reason: string };

/** Quiet after this long without a keystroke; saved at least this often while typing without pause. */
const QUIET_MS = 700;
const MAX_WAIT_MS = 5_000;
/** Browsers cap a page's in-flight keepalive bodies at 64 KiB; larger drafts go as ordinary requests. */
const KEEPALIVE_LIMIT = 60_000;

/**
 * Saves an exercise's code on the server as the learner types (PUT .../draft), debounced, and says
 * how that went. Code equal to the starter is not a draft: the draft is deleted instead, so that
 * going back to the starter follows the starter if the exercise changes. A save still waiting when
 * the page is hidden or left is sent at once (keepalive, so that it outlives the page).
 */
export function useDraftAutosave(exerciseId: string, starter: string) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  // Only the newest save reports: an older request that answers late must not say "Saved" over a failure.
  const newest = useRef(0);
  // One request at a time, in order: two in flight could reach the server in either order and leave
  // the older code stored.
  const previous = useRef<Promise<void>>(Promise.resolve());

  const send = useCallback(
    async (code: string, mine: number) => {
      // A newer save queued behind this one stores the code anyway.
      if (mine !== newest.current) return;
      const url = `/api/exercises/${encodeURIComponent(exerciseId)}/draft`;
      try {
        const body = JSON.stringify({ code });
        const response =
          code === starter
            ? await fetch(url, { method: "DELETE", keepalive: true })
            : await fetch(url, { method: "PUT", headers: { "content-type": "application/json" }, body, keepalive: body.length < KEEPALIVE_LIMIT });
        await jsonOrReason(response);
        if (mine === newest.current) setState({ kind: "saved" });
      } catch (error) {
        if (mine === newest.current) setState({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
      }
    },
    [exerciseId, starter],
  );
  const persist = useCallback(
    (code: string) => {
      const mine = ++newest.current;
      previous.current = previous.current.then(() => send(code, mine));
    },
    [send],
  );
  const debounced = useDebouncedCallback(persist, QUIET_MS, { maxWait: MAX_WAIT_MS, flushOnExit: true });

  useEffect(() => {
    const flush = () => debounced.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === "hidden") debounced.flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flushWhenHidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flushWhenHidden);
    };
  }, [debounced]);

  /** The learner typed: save once they pause. */
  const changed = useCallback(
    (code: string) => {
      setState({ kind: "saving" });
      debounced(code);
    },
    [debounced],
  );
  /** The code was replaced by a button (reset, an attempt loaded, undo): save now. */
  const saveNow = useCallback(
    (code: string) => {
      setState({ kind: "saving" });
      debounced(code);
      debounced.flush();
    },
    [debounced],
  );
  /**
   * Sends a save still waiting and resolves once every save has answered. Submit waits for it: a
   * visitor's first save makes them a guest (a cookie), and a submission sent beside it would make a
   * second guest, whose submission the page could then not follow.
   */
  const settled = useCallback(() => {
    debounced.flush();
    return previous.current;
  }, [debounced]);
  return { state, changed, saveNow, settled };
}
