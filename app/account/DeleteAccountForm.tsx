"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth/auth-client";
import { authErrorMessage } from "@/app/_components/auth/auth-errors";
import form from "@/app/_components/auth/AuthForm.module.css";
import { Field } from "@/app/_components/auth/Field";
import { FormStatus } from "@/app/_components/auth/FormStatus";
import { SubmitButton } from "@/app/_components/auth/SubmitButton";
import { useFormAction } from "@/app/_components/forms/use-form-action";
import styles from "./DeleteAccountForm.module.css";

/** Typing the password is the confirmation: a stray click cannot delete an account. */
export function DeleteAccountForm() {
  const router = useRouter();
  const { pending, error, onSubmit } = useFormAction(async (data) => {
    const { error } = await authClient.deleteUser({ password: String(data.get("password")) });
    if (error) return { error: authErrorMessage(error) };
    router.push("/");
    router.refresh();
    return { navigating: true };
  });

  return (
    <form className={form.form} onSubmit={onSubmit}>
      <Field label="Your password, to confirm" name="password" type="password" autoComplete="current-password" required />
      <div className={form.actions}>
        <SubmitButton pending={pending} label="Delete my account" pendingLabel="Deleting…" className={styles.delete} />
      </div>
      <FormStatus error={error} />
    </form>
  );
}
