/** The minutes a piece of work actually took, as the outcome and session dialogs ask for it. */
import { NumberField } from '../../components/Field';

type Props = {
  value: string;
  error?: string | undefined;
  hint?: string;
  onChange: (minutes: string) => void;
};

/** Minutes worked: a whole number from 0 to a day's 1,440. */
export function MinutesWorkedField(props: Props) {
  return (
    <NumberField
      label="Minutes worked"
      min="0"
      max="1440"
      step="1"
      inputMode="numeric"
      {...props}
    />
  );
}
