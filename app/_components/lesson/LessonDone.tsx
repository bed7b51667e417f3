"use client";
import { useEffect, useState } from "react";
import { sendJson } from "../teaching/send-json";

type State = { done: boolean; completedAt: string | null };

/**
 * "I've finished this lesson", at its end: the learner's progress page counts the lessons marked so.
 * The page is static, so the state is fetched here rather than rendered by the server.
 */
export function LessonDone({ slug }: { slug: string }) {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetch(`/api/lessons/${slug}/progress`)
      .then((response) => (response.ok ? (response.json() as Promise<State>) : null))
      .then((loaded) => live && loaded && setState(loaded))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [slug]);
  const done = state?.done ?? false;
  return (
    <div className="lesson-done">
      <button
        type="button"
        className={done ? undefined : "primary"}
        aria-pressed={done}
        disabled={state === null}
        onClick={async () => {
          const sent = await sendJson<State>("PUT", `/api/lessons/${slug}/progress`, { done: !done });
          if (!sent.ok) return setError(sent.error);
          setError(null);
          if (sent.data) setState(sent.data);
        }}
      >
        {done ? "✓ Lesson done" : "Mark this lesson as done"}
      </button>
      <span role="status">{done ? " Counted on your progress page. Press again to undo." : ""}</span>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
