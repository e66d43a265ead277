/**
 * A labelled form field with its inline error, wired for screen readers (aria-invalid and
 * aria-describedby point at the message).
 */
import { useId, type ReactElement, type ReactNode, cloneElement } from 'react';

type Props = {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactElement<Record<string, unknown>>;
};

/** Wraps one input with its label, hint and error message. */
export function Field({ label, error, hint, children }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <FieldError error={error} id={errorId} />
    </div>
  );
}

/**
 * An inline error message, announced when it appears; nothing without an error. For groups of
 * controls (fieldsets, tables) that `Field` does not wrap.
 */
export function FieldError({ error, id }: { error: string | null | undefined; id?: string }) {
  if (!error) return null;
  return (
    <div className="field-error" id={id} role="alert">
      {error}
    </div>
  );
}
