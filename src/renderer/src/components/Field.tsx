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

type NumberFieldProps = {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  min?: string;
  max?: string;
  step?: string;
  inputMode?: 'decimal' | 'numeric';
};

/** A labelled number input kept as the text typed, so a blank box stays blank rather than zero. */
export function NumberField({ label, value, onChange, error, hint, ...input }: NumberFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      <input type="number" {...input} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
