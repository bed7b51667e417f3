"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth/auth-client";
import { authErrorMessage } from "@/app/_components/auth/auth-errors";
import form from "@/app/_components/auth/AuthForm.module.css";
import { Field } from "@/app/_components/auth/Field";
import { FormStatus } from "@/app/_components/auth/FormStatus";
import { SubmitButton } from "@/app/_components/auth/SubmitButton";
import { useFormAction } from "@/app/_components/forms/use-form-action";

/** The sign-in email. No mail is sent (the server changes an unverified email at once). */
export function EmailForm({ current }: { current: string }) {
  const router = useRouter();
  const { pending, error, done, onSubmit } = useFormAction(async (data) => {
    const newEmail = String(data.get("email")).trim();
    if (newEmail.toLowerCase() === current.toLowerCase()) return { error: "That is already your email." };
    const { error } = await authClient.changeEmail({ newEmail });
    if (error) return { error: authErrorMessage(error) };
    router.refresh();
    return { done: `Email changed: sign in with ${newEmail} from now on.` };
  });

  return (
    <form className={form.form} onSubmit={onSubmit}>
      <Field label="New email" name="email" type="email" autoComplete="email" required defaultValue={current} />
      <div className={form.actions}>
        <SubmitButton pending={pending} label="Change email" pendingLabel="Changing…" />
      </div>
      <FormStatus error={error} done={done} />
    </form>
  );
}
