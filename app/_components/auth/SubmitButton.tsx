/**
 * A form's submit button. While the form is pending it says so and is marked aria-disabled rather
 * than disabled: a disabled button drops keyboard focus to the page's start.
 */
export function SubmitButton({ pending, label, pendingLabel, className = "primary" }: { pending: boolean; label: string; pendingLabel: string; className?: string }) {
  return (
    <button type="submit" className={className} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
