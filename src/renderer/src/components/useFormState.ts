/** The state of an editor's form: the values typed so far and how a field changes them. */
import { useState, type Dispatch, type SetStateAction } from 'react';

export type FormState<F> = {
  form: F;
  setForm: Dispatch<SetStateAction<F>>;
  /** Changes some fields and keeps the others. */
  set: (patch: Partial<F>) => void;
};

/** A form's values, started from `initial` when the editor opens. */
export function useFormState<F>(initial: () => F): FormState<F> {
  const [form, setForm] = useState(initial);
  return { form, setForm, set: (patch) => setForm((f) => ({ ...f, ...patch })) };
}
