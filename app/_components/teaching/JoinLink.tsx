"use client";
import { useState, useSyncExternalStore } from "react";
import styles from "./forms.module.css";

/** The class's join code and link, with a button that copies the link for an email or a class page. */
export function JoinLink({ code }: { code: string }) {
  const path = `/join/${code}`;
  // The origin is the browser's: the server does not know the name it is reached by behind a proxy.
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
  const link = `${origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.form}>
      <div>
        <div className={styles.muted}>Join code</div>
        <div className={styles.code} data-testid="join-code">
          {code}
        </div>
      </div>
      <div className={styles.field}>
        <span className={styles.muted}>Join link</span>
        <a href={path} data-testid="join-link">
          {link}
        </a>
      </div>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(link);
          setCopied(true);
        }}
      >
        {copied ? "Link copied" : "Copy link"}
      </button>
    </div>
  );
}
