"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};
/** False on the server and while hydrating, true after: the server cannot know the reader's time zone. */
const useIsClient = () => useSyncExternalStore(subscribeNever, () => true, () => false);

const local = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * Formats ISO times in the reader's own time zone once in the browser, in UTC before (the server's
 * HTML and the first client render must agree). For text that cannot hold a <time>, as an <option>'s.
 */
export function useTimeText(): (iso: string) => string {
  const isClient = useIsClient();
  return (iso) => (isClient ? local.format(new Date(iso)) : `${iso.slice(0, 16).replace("T", " ")} UTC`);
}

/** When something happened, as useTimeText() writes it. */
export function When({ iso }: { iso: string }) {
  const timeText = useTimeText();
  return <time dateTime={iso}>{timeText(iso)}</time>;
}
