/**
 * The state every editor dialog keeps around a save: the errors to show, whether a save is under
 * way, the form element (so a refused save can take the keyboard to the first invalid field), and
 * how the editor closes (after a save, on Cancel, on Esc).
 */
import { useState } from 'react';
import type { FieldErrors, Validation } from '../../../core/validate/fields';
import { errorText } from '../format';
import { errorsOutside, focusFirstInvalid } from './FormErrors';

type Options = {
  /** Closes the editor: after a save, unless a save says otherwise, and on Cancel or Esc. */
  onClose: () => void;
  /** The error paths the form shows inline; any other error is listed above the form. */
  fieldPaths: readonly string[];
  /** Hears every refused save (the settings unfold the rule that failed). */
  onErrors?: (errors: FieldErrors) => void;
};

export type Editor = {
  errors: FieldErrors;
  /** The messages no field shows. */
  unshown: string[];
  close: () => void;
  saving: boolean;
  /** The form's callback ref. */
  bindForm: (form: HTMLFormElement | null) => void;
  /** Runs one save: its value goes to `onSaved`; its errors (or its failure) are shown. */
  run: <T>(save: () => Promise<Validation<T>>, onSaved?: (value: T) => void) => void;
  /** Saves a form its module has checked: refused at once, or written and then passed on. */
  save: <T, U>(
    checked: Validation<T>,
    write: (value: T) => Promise<Validation<U>>,
    onSaved?: (value: U) => void,
  ) => void;
  /** Shows errors found outside a save, e.g. a delete that failed (under the path ''). */
  showErrors: (errors: FieldErrors) => void;
};

/** Editor state for one open editor dialog. */
export function useEditor(options: Options): Editor {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // Kept as state, not a ref: the editor object is read while rendering.
  const [form, bindForm] = useState<HTMLFormElement | null>(null);

  function showErrors(next: FieldErrors) {
    setErrors(next);
    options.onErrors?.(next);
    focusFirstInvalid(form);
  }

  function run<T>(
    save: () => Promise<Validation<T>>,
    onSaved: (value: T) => void = options.onClose,
  ) {
    setSaving(true);
    // A write the database refuses is said in the form, not lost in the console.
    void save()
      .catch((error: unknown): Validation<T> => ({ ok: false, errors: { '': errorText(error) } }))
      .then((result) => {
        setSaving(false);
        if (result.ok) onSaved(result.value);
        else showErrors(result.errors);
      });
  }

  function save<T, U>(
    checked: Validation<T>,
    write: (value: T) => Promise<Validation<U>>,
    onSaved: (value: U) => void = options.onClose,
  ) {
    if (checked.ok) run(() => write(checked.value), onSaved);
    else showErrors(checked.errors);
  }

  return {
    errors,
    unshown: errorsOutside(errors, options.fieldPaths),
    close: options.onClose,
    saving,
    bindForm,
    run,
    save,
    showErrors,
  };
}
