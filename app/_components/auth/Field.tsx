import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import styles from "./AuthForm.module.css";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { label: string; name: string; hint?: ReactNode };

/** A labelled text input with an optional hint that screen readers read with it. */
export function Field({ label, hint, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} className={styles.input} aria-describedby={hint ? hintId : undefined} {...input} />
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
