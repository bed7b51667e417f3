"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

/** A learner joins a class with the code their teacher gave them (or the join link fills it in). */
export function JoinClassForm({ code: given = "", compact = false }: { code?: string; compact?: boolean }) {
  const router = useRouter();
  const [code, setCode] = useState(given);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className={styles.form}
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const sent = await sendJson<{ classId: string }>("POST", "/api/classes/join", { code });
        setPending(false);
        if (!sent.ok) return setError(sent.error);
        router.push(`/classes/${sent.data?.classId}`);
        router.refresh();
      }}
    >
      {!compact && (
        <label className={styles.field}>
          Join code
          <input value={code} onChange={(event) => setCode(event.target.value)} required maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="ABCD2345" />
        </label>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
      <p className={styles.error} role="alert">
        {error}
      </p>
    </form>
  );
}
