"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth/auth-client";
import { authErrorMessage } from "@/app/_components/auth/auth-errors";
import form from "@/app/_components/auth/AuthForm.module.css";
import { Field } from "@/app/_components/auth/Field";
import { FormStatus } from "@/app/_components/auth/FormStatus";
import { SubmitButton } from "@/app/_components/auth/SubmitButton";
import { useFormAction } from "@/app/_components/forms/use-form-action";

/** The name shown in the header and to a teacher of one's classes. */
export function NameForm({ current }: { current: string }) {
  const router = useRouter();
  const { pending, error, done, onSubmit } = useFormAction(async (data) => {
    const name = String(data.get("name")).trim();
    if (!name) return { error: "A name cannot be empty." };
    const { error } = await authClient.updateUser({ name });
    if (error) return { error: authErrorMessage(error) };
    router.refresh();
    return { done: "Name saved." };
  });

  return (
    <form className={form.form} onSubmit={onSubmit}>
      <Field label="Name" name="name" type="text" autoComplete="name" required maxLength={100} defaultValue={current} />
      <div className={form.actions}>
        <SubmitButton pending={pending} label="Save name" pendingLabel="Saving…" />
      </div>
      <FormStatus error={error} done={done} />
    </form>
  );
}
