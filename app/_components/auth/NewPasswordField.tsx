import { Field } from "./Field";

/** A field for choosing a password (sign-up, password change): the server's length rules, said beside it. */
export function NewPasswordField({ label, name, minLength }: { label: string; name: string; minLength: number }) {
  return (
    <Field label={label} name={name} type="password" autoComplete="new-password" required minLength={minLength} maxLength={128} hint={`At least ${minLength} characters.`} />
  );
}
