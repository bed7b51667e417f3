"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};
/** False on the server and while hydrating, true after: the server cannot know the reader's time zone. */
const useIsClient = () => useSyncExternalStore(subscribeNever, () => true, () => false);

const local = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** When something happened: in the reader's own time zone once in the browser, in UTC before. */
export function When({ iso }: { iso: string }) {
  const isClient = useIsClient();
  const date = new Date(iso);
  return <time dateTime={iso}>{isClient ? local.format(date) : `${iso.slice(0, 16).replace("T", " ")} UTC`}</time>;
}
