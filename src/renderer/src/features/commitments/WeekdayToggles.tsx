/**
 * The weekdays a weekly commitment falls on, as toggle buttons in display order.
 */
import type { Weekday } from '../../../../core/types';
import { FieldError } from '../../components/Field';
import { WEEKDAY_ORDER, WEEKDAY_SHORT } from '../../ui-constants';
import { toggleWeekday } from './commitment-form';

type Props = {
  legend: string;
  days: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
  error: string | undefined;
};

/** Seven toggle buttons (pressed = on) with the error inline. */
export function WeekdayToggles({ legend, days, onChange, error }: Props) {
  return (
    <fieldset className="field span-2">
      <legend>{legend}</legend>
      <div className="weekday-toggles">
        {WEEKDAY_ORDER.map((d) => (
          <button
            key={d}
            type="button"
            className={days.includes(d) ? 'control toggle on' : 'control toggle'}
            aria-pressed={days.includes(d)}
            onClick={() => onChange(toggleWeekday(days, d))}
          >
            {WEEKDAY_SHORT[d]}
          </button>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
