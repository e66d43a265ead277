/**
 * The state every editor dialog keeps around a save: the errors to show, whether a save is under
 * way, the form element (so a refused save can take the keyboard to the first invalid field), and
 * how the editor closes (after a save, on Cancel, on Esc). A write that fails (a full disk, the
 * data closed by another window) or meets a record another window changed is said here, once for
 * every editor; what the user typed stays, and Save (or Overwrite) tries again.
 */
import { useState } from 'react';
import type { FieldErrors, Validation } from '../../../core/validate/fields';
import { describeWriteError } from '../db/write-result';
import type { WriteProblem } from '../db/repo';
import { errorsOutside, focusFirstInvalid } from './FormErrors';
import { useFormState, type FormState } from './useFormState';

/** A save's outcome: a value, field errors, or a write problem (see db/repo). */
type Outcome<T> = Validation<T> | { ok: false; errors: FieldErrors; problem?: WriteProblem };

/** What the editor loaded, for the write to check; `undefined` when the user chose to overwrite. */
type LoadedAt = number | undefined;

type Options = {
  /** Closes the editor: after a save, unless a save says otherwise, and on Cancel or Esc. */
  onClose: () => void;
  /** The error paths the form shows inline; any other error is listed above the form. */
  fieldPaths: readonly string[];
  /** Hears every refused save (the settings unfold the rule that failed). */
  onErrors?: (errors: FieldErrors) => void;
  /** The change time of the record the editor opened (none for a new one). */
  loadedAt?: number;
  /**
   * Shows the stored record again after another window changed it: resets the form and returns
   * its change time, or null when it is gone (the editor then closes).
   */
  reload?: () => Promise<number | null>;
};

export type Editor = {
  errors: FieldErrors;
  /** The messages no field shows. */
  unshown: string[];
  close: () => void;
  saving: boolean;
  /** The form's callback ref. */
  bindForm: (form: HTMLFormElement | null) => void;
  /**
   * Runs one save over the record loaded (`save` gets its change time to check): its value goes
   * to `onSaved`; its errors (or its failure) are shown.
   */
  run: <T>(save: (loadedAt: LoadedAt) => Promise<Outcome<T>>, onSaved?: (value: T) => void) => void;
  /**
   * Saves a form its module has checked: refused at once, or written over the record loaded
   * (`write` gets its change time to check) and then passed on.
   */
  save: <T, U>(
    checked: Validation<T>,
    write: (value: T, loadedAt: LoadedAt) => Promise<Outcome<U>>,
    onSaved?: (value: U) => void,
  ) => void;
  /** Why the last valid save was not written, or null. */
  problem: WriteProblem | null;
  /** After a conflict: writes what was typed over the other window's change. */
  overwrite: (() => void) | null;
  /** After a conflict: shows the other window's change instead of what was typed. */
  reload: (() => void) | null;
  /** Shows errors found outside a save, e.g. a delete that failed (under the path ''). */
  showErrors: (errors: FieldErrors) => void;
};

/** Editor state for one open editor dialog. */
export function useEditor(options: Options): Editor {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<WriteProblem | null>(null);
  // Captured when the editor opens: a live record prop would follow the other window's change.
  const [loadedAt, setLoadedAt] = useState<LoadedAt>(options.loadedAt);
  // The last valid save, to repeat without the check once the user chooses to overwrite.
  const [retry, setRetry] = useState<{ write: (at: LoadedAt) => void } | null>(null);
  // Kept as state, not a ref: the editor object is read while rendering.
  const [form, bindForm] = useState<HTMLFormElement | null>(null);

  function showErrors(next: FieldErrors) {
    setErrors(next);
    options.onErrors?.(next);
    focusFirstInvalid(form);
  }

  function attempt<T>(
    save: (at: LoadedAt) => Promise<Outcome<T>>,
    at: LoadedAt,
    onSaved: (value: T) => void,
  ) {
    setSaving(true);
    setProblem(null);
    // A write the database refuses is said in the form, not lost in the console.
    void save(at)
      .catch((error: unknown): Outcome<T> => ({
        ok: false,
        errors: {},
        problem: describeWriteError(error),
      }))
      .then((result) => {
        setSaving(false);
        if (result.ok) onSaved(result.value);
        else if ('problem' in result && result.problem) setProblem(result.problem);
        else showErrors(result.errors);
      });
  }

  function run<T>(
    save: (at: LoadedAt) => Promise<Outcome<T>>,
    onSaved: (value: T) => void = options.onClose,
  ) {
    setRetry({ write: (at) => attempt(save, at, onSaved) });
    attempt(save, loadedAt, onSaved);
  }

  function save<T, U>(
    checked: Validation<T>,
    write: (value: T, at: LoadedAt) => Promise<Outcome<U>>,
    onSaved: (value: U) => void = options.onClose,
  ) {
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    run((at) => write(checked.value, at), onSaved);
  }

  const reloadRecord = options.reload;
  const conflict = problem?.reason === 'conflict';
  return {
    errors,
    unshown: errorsOutside(errors, options.fieldPaths),
    close: options.onClose,
    saving,
    bindForm,
    run,
    save,
    showErrors,
    problem,
    overwrite: conflict && retry ? () => retry.write(undefined) : null,
    reload:
      conflict && reloadRecord
        ? () =>
            void reloadRecord().then(
              (at) => {
                if (at === null) {
                  options.onClose();
                  return;
                }
                setLoadedAt(at);
                setProblem(null);
                setErrors({});
              },
              (error: unknown) => setProblem(describeWriteError(error)),
            )
        : null,
  };
}

/**
 * The useEditor options for editing a stored record (none for a new one): the change time it
 * was loaded with, and how to read and show it again after another window changed it.
 */
function storedRecord<T extends { id: string; updatedAt: number }>(
  table: { get(id: string): PromiseLike<NoInfer<T> | undefined> },
  record: T | null,
  show: (fresh: T) => void,
): Pick<Options, 'loadedAt' | 'reload'> {
  if (!record) return {};
  return {
    loadedAt: record.updatedAt,
    reload: async () => {
      const fresh = await table.get(record.id);
      if (!fresh) return null;
      show(fresh);
      return fresh.updatedAt;
    },
  };
}

type Stored = { id: string; updatedAt: number };

/**
 * The form and editor of a stored record (`record` null for a new one): the form starts from the
 * record, and from the stored one again when the user takes another window's change.
 */
export function useRecordEditor<R extends Stored | null, F>(
  table: { get(id: string): PromiseLike<NoInfer<NonNullable<R>> | undefined> },
  record: R,
  toForm: (record: R | NonNullable<R>) => F,
  options: Omit<Options, 'loadedAt' | 'reload'>,
): FormState<F> & { editor: Editor } {
  const state = useFormState(() => toForm(record));
  const editor = useEditor({
    ...options,
    ...storedRecord(table, record ?? null, (fresh) => state.setForm(toForm(fresh))),
  });
  return { ...state, editor };
}
