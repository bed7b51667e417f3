"use client";

import { authClient } from "@/app/_components/auth/auth-client";
import { authErrorMessage } from "@/app/_components/auth/auth-errors";
import form from "@/app/_components/auth/AuthForm.module.css";
import { Field } from "@/app/_components/auth/Field";
import { NewPasswordField } from "@/app/_components/auth/NewPasswordField";
import { FormStatus } from "@/app/_components/auth/FormStatus";
import { SubmitButton } from "@/app/_components/auth/SubmitButton";
import { useFormAction } from "@/app/_components/forms/use-form-action";
import styles from "./PasswordForm.module.css";

/** A new password, given the current one; optionally signing out every other browser. */
export function PasswordForm({ email, minPasswordLength }: { email: string; minPasswordLength: number }) {
  const { pending, error, done, onSubmit } = useFormAction(async (data, element) => {
    const revokeOtherSessions = data.get("revoke") === "on";
    const { error } = await authClient.changePassword({
      currentPassword: String(data.get("current")),
      newPassword: String(data.get("new")),
      revokeOtherSessions,
    });
    if (error) return { error: authErrorMessage(error) };
    // Passwords are not left in the page once they have done their job.
    element.reset();
    return { done: revokeOtherSessions ? "Password changed, and every other session signed out." : "Password changed." };
  });

  return (
    <form className={form.form} onSubmit={onSubmit}>
      {/* Password managers file the new password under this account's email. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Current password" name="current" type="password" autoComplete="current-password" required />
      <NewPasswordField label="New password" name="new" minLength={minPasswordLength} />
      <label className={styles.revoke}>
        <input type="checkbox" name="revoke" />
        Sign out everywhere else (other browsers and devices)
      </label>
      <div className={form.actions}>
        <SubmitButton pending={pending} label="Change password" pendingLabel="Changing…" />
      </div>
      <FormStatus error={error} done={done} />
    </form>
  );
}
