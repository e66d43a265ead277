/** One radio button per option, with its label: a choice of one among a few. */
import type { ReactNode } from 'react';

export type RadioOption<T> = { value: T; label: ReactNode };

export type RadioChoicesProps<T extends string | number> = {
  /** The radio group's name, unique in the page. */
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** The class of each option's label ('check' for the inline check style). */
  labelClassName?: string;
  invalid?: boolean;
  /** Focuses the chosen option when the dialog opens, rather than its first button. */
  autoFocus?: boolean;
};

/** The options as radio buttons in their labels (the caller's element sets the layout). */
export function RadioChoices<T extends string | number>(props: RadioChoicesProps<T>) {
  return props.options.map((option) => (
    <label key={option.value} className={props.labelClassName}>
      <input
        type="radio"
        name={props.name}
        checked={props.value === option.value}
        aria-invalid={props.invalid ? true : undefined}
        autoFocus={props.autoFocus === true && props.value === option.value}
        onChange={() => props.onChange(option.value)}
      />
      {option.label}
    </label>
  ));
}
