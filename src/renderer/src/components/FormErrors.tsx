/**
 * What the editors do with a refused save: each field shows its own error inline, errors no field
 * shows are listed above the form, a count sits in the footer (some errors, such as a bad row, sit
 * far down a long form), and the keyboard is taken to the first field to fix.
 */
import type { FieldErrors } from '../../../core/validate/fields';

/** "2 fields need fixing; nothing was saved." in a dialog footer, or nothing. */
export function ErrorCount({ errors }: { errors: FieldErrors }) {
  // A failed write sits under '' and is said in the summary: it is not a field to fix.
  const count = Object.keys(errors).filter((path) => path !== '').length;
  if (count === 0) return null;
  return (
    <span className="footer-status field-error">
      {count === 1 ? 'One field needs' : `${count} fields need`} fixing; nothing was saved.
    </span>
  );
}

/** The messages whose path is under none of `shown` (the paths the form draws inline). */
export function errorsOutside(errors: FieldErrors, shown: readonly string[]): string[] {
  const under = (path: string, field: string) => path === field || path.startsWith(`${field}.`);
  return Object.entries(errors)
    .filter(([path]) => !shown.some((field) => under(path, field)))
    .map(([, message]) => message);
}

/** Errors no field shows (a corrupt stored value, a failed write), listed so none goes unsaid. */
export function ErrorSummary({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="notice critical" role="alert">
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Focuses the first invalid input in `form` once the errors are drawn, centred so its message shows. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    // Focus would open a zone picker's list right over its error message: only show that one.
    if (first.getAttribute('role') !== 'combobox') first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  });
}
