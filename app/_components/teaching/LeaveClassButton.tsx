"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

/** A learner leaves a class; their work stays theirs, the teacher no longer sees it. */
export function LeaveClassButton({ classId, name }: { classId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className={styles.danger}
        onClick={async () => {
          if (!window.confirm(`Leave ${name}? Your teacher will no longer see your work.`)) return;
          const sent = await sendJson("DELETE", `/api/classes/${classId}/enrollment`);
          if (!sent.ok) return setError(sent.error);
          router.push("/classes");
          router.refresh();
        }}
      >
        Leave class
      </button>
      <p className={styles.error} role="alert">
        {error}
      </p>
    </div>
  );
}
