"use client";
import { useRouter } from "next/navigation";
import { useFormAction } from "../forms/use-form-action";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

/** A teacher names a new class; it opens with its join code. */
export function CreateClassForm() {
  const router = useRouter();
  const { pending, error, onSubmit } = useFormAction(async (data) => {
    const sent = await sendJson<{ id: string }>("POST", "/api/classes", { name: data.get("name") });
    if (!sent.ok) return { error: sent.error };
    router.push(`/classes/${sent.data?.id}`);
    return { navigating: true };
  });
  return (
    <form className={styles.form} onSubmit={onSubmit}>
      <label className={styles.field}>
        New class
        <input name="name" required maxLength={100} placeholder="e.g. Python 2 — spring term" />
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
