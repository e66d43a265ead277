/**
 * A currency choice from the app's list; a stored code the list lacks (a preset's, an import's)
 * is offered too, so editing never changes it silently.
 */
import { CURRENCIES } from '../ui-constants';
import { Field } from './Field';

type Props = {
  value: string;
  onChange: (currency: string) => void;
  error?: string | undefined;
};

/** "Currency" with a select of ISO codes. */
export function CurrencyField({ value, onChange, error }: Props) {
  const codes = CURRENCIES.some((c) => c === value) ? CURRENCIES : [value, ...CURRENCIES];
  return (
    <Field label="Currency" error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {codes.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </Field>
  );
}
