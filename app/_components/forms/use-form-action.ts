"use client";

import { useState, type FormEvent } from "react";

/** How a submitted form ended: a message to show (an error or a confirmation), or a page change under way. */
export type FormOutcome = { error: string } | { done: string } | { navigating: true };

/**
 * A form's submit handler, pending state and last outcome. The form stays pending while the page
 * changes after success, so that a second click cannot send it twice.
 */
export function useFormAction(action: (data: FormData, form: HTMLFormElement) => Promise<FormOutcome>) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setPending(true);
    setOutcome(null);
    let result: FormOutcome;
    try {
      result = await action(new FormData(form), form);
    } catch {
      // Actions return refusals as values (Better Auth's client, sendJson); a throw means no answer came.
      result = { error: "The server could not be reached: check your connection and try again." };
    }
    setOutcome(result);
    if (!("navigating" in result)) setPending(false);
  }

  const error = outcome && "error" in outcome ? outcome.error : null;
  const done = outcome && "done" in outcome ? outcome.done : null;
  return { pending, error, done, onSubmit };
}
