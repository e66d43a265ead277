/**
 * A fieldset of seven weekday rows (checkbox, from, until) with each row's error inline and an
 * optional note per row (the platform editor shows the home-zone equivalent there).
 */
import { useId, type ReactNode } from 'react';
import type { Weekday } from '../../../core/types';
import { WEEKDAY_NAMES, WEEKDAY_ORDER } from '../ui-constants';
import type { DayRow } from './weekday-rows';
import { FieldError } from './Field';
import { TimeField } from './TimeField';
import { useSettings } from '../hooks/useData';
import { formatClock } from '../format';

type Props = {
  legend: string;
  rows: readonly DayRow[];
  onChange: (weekday: Weekday, patch: Partial<DayRow>) => void;
  /** Errors per weekday row. */
  errors: Partial<Record<Weekday, string>>;
  /** An error about the table as a whole (overlapping windows). */
  tableError?: string | undefined;
  /** A note shown after a row that is on and has no error. */
  note?: (weekday: Weekday) => ReactNode;
  hint?: ReactNode;
};

/** Seven weekday rows editing a set of weekly windows. */
export function WeekdayHoursTable({
  legend,
  rows,
  onChange,
  errors,
  tableError,
  note,
  hint,
}: Props) {
  const id = useId();
  const clock = useSettings()?.clock ?? '24h';
  return (
    <fieldset className="field span-2">
      <legend>{legend}</legend>
      {hint ? <div className="field-hint">{hint}</div> : null}
      <FieldError error={tableError} />
      <div className="availability-table">
        {WEEKDAY_ORDER.map((weekday) => {
          const row = rows[weekday] as DayRow;
          const error = errors[weekday];
          const label = WEEKDAY_NAMES[weekday];
          const errorId = `${id}-${weekday}-error`;
          const extra = row.on && !error ? note?.(weekday) : null;
          return (
            <div
              key={weekday}
              className={error ? 'availability-row field-invalid' : 'availability-row'}
            >
              <label className="check">
                <input
                  type="checkbox"
                  checked={row.on}
                  onChange={(e) => onChange(weekday, { on: e.target.checked })}
                />
                {label}
              </label>
              <TimeField
                aria-label={`${label} from`}
                value={row.start}
                disabled={!row.on}
                onChange={(start) => onChange(weekday, { start })}
              />
              <span aria-hidden>–</span>
              <TimeField
                aria-label={`${label} until`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                value={row.end}
                disabled={!row.on}
                onChange={(end) => onChange(weekday, { end })}
              />
              {error ? (
                <span className="field-error" id={errorId} role="alert">
                  {error}
                </span>
              ) : (
                <span className="muted small">
                  {row.on && row.more?.length ? keptText(row.more, clock) : null}
                  {extra}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The day's further windows, which the row keeps as they are. */
function keptText(more: NonNullable<DayRow['more']>, clock: '12h' | '24h'): string {
  const spans = more.map((t) => `${formatClock(t.start, clock)}–${formatClock(t.end, clock)}`);
  return `Also ${spans.join(', ')} (kept). `;
}
