"use client";

import { useEffect, useState } from "react";
import type { PythonVersion } from "@/engine/protocol";
import styles from "./Visualizer.module.css";

/** While the run records: an indeterminate progress bar and the seconds so far, so a long run visibly lives. */
export function RecordingStatus({ python, since }: { python: PythonVersion; since: number }) {
  const [now, setNow] = useState(since);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, (now - since) / 1000);
  return (
    <span className={styles.recording} role="status">
      <progress aria-label={`Recording the run on Python ${python}`} />
      Recording every step on Python {python}… {seconds >= 1 ? `${seconds.toFixed(0)} s` : ""}
    </span>
  );
}
