"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

/** A teacher names a new class; it opens with its join code. */
export function CreateClassForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className={styles.form}
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const sent = await sendJson<{ id: string }>("POST", "/api/classes", { name });
        setPending(false);
        if (!sent.ok) return setError(sent.error);
        router.push(`/classes/${sent.data?.id}`);
      }}
    >
      <label className={styles.field}>
        New class
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} placeholder="e.g. Python 2 — spring term" />
      </label>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
      <p className={styles.error} role="alert">
        {error}
      </p>
    </form>
  );
}
