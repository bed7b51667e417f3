"use client";
import { useRouter } from "next/navigation";
import { useFormAction } from "../forms/use-form-action";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

/** A learner joins a class with the code their teacher gave them; the join link passes it in (`code`), shown as one button. */
export function JoinClassForm({ code }: { code?: string }) {
  const router = useRouter();
  const { pending, error, onSubmit } = useFormAction(async (data) => {
    const sent = await sendJson<{ classId: string }>("POST", "/api/classes/join", { code: code ?? data.get("code") });
    if (!sent.ok) return { error: sent.error };
    router.push(`/classes/${sent.data?.classId}`);
    router.refresh();
    return { navigating: true };
  });
  return (
    <form className={styles.form} onSubmit={onSubmit}>
      {code === undefined && (
        <label className={styles.field}>
          Join code
          <input name="code" required maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="ABCD2345" />
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
