/** A labelled choice of one among a few: its fieldset, legend, options, error and dependants. */
import type { ReactNode } from 'react';
import { FieldError } from './Field';
import { RadioChoices, type RadioChoicesProps } from './RadioChoices';

type Props<T extends string | number> = Omit<RadioChoicesProps<T>, 'labelClassName' | 'invalid'> & {
  legend: string;
  /** The fieldset's class: a form-grid field by default ('field span-2' for a wide one). */
  className?: string;
  /** How the options are laid out: side by side by default. */
  optionsClassName?: string;
  /** The group's error, shown under the options and marking them invalid. */
  error?: string | undefined;
  /** What the choice brings with it, inside the group (the boxes a billing kind needs). */
  children?: ReactNode;
};

/** The options as radio buttons under their legend, in one fieldset. */
export function RadioGroup<T extends string | number>({
  legend,
  className = 'field',
  optionsClassName = 'radio-row',
  error,
  children,
  ...choices
}: Props<T>) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <div className={optionsClassName}>
        <RadioChoices {...choices} labelClassName="check" invalid={error !== undefined} />
      </div>
      <FieldError error={error} />
      {children}
    </fieldset>
  );
}
