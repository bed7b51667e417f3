"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth/auth-client";
import { authErrorMessage } from "@/app/_components/auth/auth-errors";
import form from "@/app/_components/auth/AuthForm.module.css";
import { Field } from "@/app/_components/auth/Field";
import { FormStatus } from "@/app/_components/auth/FormStatus";
import { homeOf, withNext } from "@/app/_components/auth/next-path";
import { SubmitButton } from "@/app/_components/auth/SubmitButton";
import { useFormAction } from "@/app/_components/forms/use-form-action";

/** Email and password. A wrong password and an unknown email get the same answer from the server. */
export function SignInForm({ next }: { next: string | null }) {
  const router = useRouter();
  const { pending, error, onSubmit } = useFormAction(async (data) => {
    const { data: signedIn, error } = await authClient.signIn.email({
      email: String(data.get("email")).trim(),
      password: String(data.get("password")),
    });
    if (error) return { error: authErrorMessage(error) };
    router.push(next ?? homeOf(signedIn.user.role === "teacher" ? "teacher" : "learner"));
    router.refresh();
    return { navigating: true };
  });

  return (
    <form className={form.form} onSubmit={onSubmit}>
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <div className={form.actions}>
        <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" />
        <span>
          New here? <Link href={withNext("/sign-up", next)}>Create an account</Link>
        </span>
      </div>
      <FormStatus error={error} />
    </form>
  );
}
