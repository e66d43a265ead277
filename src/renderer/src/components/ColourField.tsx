/**
 * A colour choice: the shared palette as swatch buttons plus a free colour input.
 */
import { PALETTE } from '../ui-constants';
import { FieldError } from './Field';

type Props = {
  value: string;
  onChange: (color: string) => void;
  error?: string | undefined;
  /** Across both columns of the form grid. */
  wide?: boolean;
};

/** Colour swatches in a labelled fieldset, with the error inline. */
export function ColourField({ value, onChange, error, wide }: Props) {
  // A preset's brand colour is not in the palette: show it as a swatch too.
  const swatches: readonly string[] = PALETTE.some((c) => c === value)
    ? PALETTE
    : [...PALETTE, value];
  return (
    <fieldset
      className={['field', wide ? 'span-2' : '', error ? 'field-invalid' : ''].join(' ').trim()}
    >
      <legend>Colour</legend>
      <div className="swatches">
        {swatches.map((c) => (
          <button
            key={c}
            type="button"
            className={c === value ? 'swatch selected' : 'swatch'}
            style={{ background: c }}
            aria-label={`Colour ${c}`}
            aria-pressed={c === value}
            onClick={() => onChange(c)}
          />
        ))}
        <input
          type="color"
          aria-label="Custom colour"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
