import styles from "./AuthForm.module.css";

/**
 * Where a form says how its submission went. The live region is always in the page, so that screen
 * readers announce what appears in it; the words say whether it is an error, not only the colour.
 */
export function FormStatus({ error, done }: { error: string | null; done?: string | null }) {
  return (
    <div aria-live="polite" className={styles.status}>
      {error && (
        <p className={styles.error} data-testid="form-error">
          {error}
        </p>
      )}
      {!error && done && (
        <p className={styles.done} data-testid="form-done">
          {done}
        </p>
      )}
    </div>
  );
}
