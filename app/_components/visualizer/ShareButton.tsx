"use client";

import { useState } from "react";
import type { PythonVersion } from "@/engine/protocol";
import { visualizeHref } from "./share-link";
import styles from "./ShareButton.module.css";

/**
 * Copies a link that opens this program on this version and runs it. Where the clipboard is refused
 * (an insecure origin, a denied permission) the link is shown, selected, to copy by hand.
 */
export function ShareButton({ source, python }: { source: string; python: PythonVersion }) {
  const [shared, setShared] = useState<{ link: string; copied: boolean } | null>(null);
  const share = async () => {
    const link = new URL(visualizeHref(source, python), window.location.origin).href;
    try {
      await navigator.clipboard.writeText(link);
      setShared({ link, copied: true });
    } catch {
      setShared({ link, copied: false });
    }
  };
  return (
    <span className={styles.share}>
      <button type="button" onClick={() => void share()}>
        Share
      </button>
      {shared && (
        <span role="status" className={styles.status}>
          {shared.copied ? "Link copied." : "Copy this link:"}
          <input
            className={styles.link}
            readOnly
            value={shared.link}
            aria-label="Share link"
            data-testid="share-link"
            onFocus={(event) => event.target.select()}
            ref={(input) => {
              if (input && !shared.copied) input.select();
            }}
          />
        </span>
      )}
    </span>
  );
}
