"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth/auth-client";
import { authErrorMessage } from "@/app/_components/auth/auth-errors";
import form from "@/app/_components/auth/AuthForm.module.css";
import { Field } from "@/app/_components/auth/Field";
import { NewPasswordField } from "@/app/_components/auth/NewPasswordField";
import { FormStatus } from "@/app/_components/auth/FormStatus";
import { homeOf, withNext } from "@/app/_components/auth/next-path";
import { SubmitButton } from "@/app/_components/auth/SubmitButton";
import { useFormAction } from "@/app/_components/forms/use-form-action";
import styles from "./SignUpForm.module.css";

/** Name, email, password and whether one is learning or teaching (chosen once: it never changes). */
export function SignUpForm({ next, minPasswordLength }: { next: string | null; minPasswordLength: number }) {
  const router = useRouter();
  const { pending, error, onSubmit } = useFormAction(async (data) => {
    const role = data.get("role") === "teacher" ? "teacher" : "learner";
    const { error } = await authClient.signUp.email({
      name: String(data.get("name")).trim(),
      email: String(data.get("email")).trim(),
      password: String(data.get("password")),
      role,
    });
    if (error) return { error: authErrorMessage(error) };
    router.push(next ?? homeOf(role));
    // Server components rendered for a guest render again for the account.
    router.refresh();
    return { navigating: true };
  });

  return (
    <form className={form.form} onSubmit={onSubmit}>
      <p className={styles.kept}>Work you did as a guest on this browser is kept.</p>
      <Field label="Name" name="name" type="text" autoComplete="name" required maxLength={100} />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <NewPasswordField label="Password" name="password" minLength={minPasswordLength} />
      <fieldset className={styles.roles}>
        <legend>What brings you here?</legend>
        <label>
          <input type="radio" name="role" value="learner" defaultChecked />
          <span>
            I&apos;m learning
            <span className={styles.roleHint}>Lessons, exercises and your own progress.</span>
          </span>
        </label>
        <label>
          <input type="radio" name="role" value="teacher" />
          <span>
            I&apos;m teaching
            <span className={styles.roleHint}>Classes of your own and your learners&apos; progress.</span>
          </span>
        </label>
        <p className={form.hint}>You choose this once: it cannot be changed later.</p>
      </fieldset>
      <div className={form.actions}>
        <SubmitButton pending={pending} label="Create account" pendingLabel="Creating account…" />
        <span>
          Have an account? <Link href={withNext("/sign-in", next)}>Sign in</Link>
        </span>
      </div>
      <FormStatus error={error} />
    </form>
  );
}
