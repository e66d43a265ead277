/**
 * The day a monthly commitment falls on: a day of the month (1–31), or the nth weekday of the
 * month (first … fourth, last). The form logic lives in commitment-form.ts.
 */
import type { Weekday } from '../../../../core/types';
import { Field, NumberField } from '../../components/Field';
import { WEEKDAY_NAMES, WEEKDAY_ORDER } from '../../ui-constants';
import { parseNth, type CommitmentForm } from './commitment-form';

type Props = {
  form: CommitmentForm;
  set: (patch: Partial<CommitmentForm>) => void;
  errors: Readonly<Record<string, string>>;
};

const NTH_LABELS = [
  ['1', 'First'],
  ['2', 'Second'],
  ['3', 'Third'],
  ['4', 'Fourth'],
  ['-1', 'Last'],
] as const;

/** The monthly rule's "repeat on" choice and its day fields, errors inline. */
export function MonthlyFields({ form, set, errors }: Props) {
  return (
    <>
      <Field label="Repeat on" error={errors['recurrence.on.by']}>
        <select
          value={form.monthlyBy}
          onChange={(e) =>
            set({ monthlyBy: e.target.value === 'weekday' ? 'weekday' : 'monthday' })
          }
        >
          <option value="monthday">A day of the month</option>
          <option value="weekday">A weekday of the month</option>
        </select>
      </Field>
      {form.monthlyBy === 'monthday' ? (
        <NumberField
          label="Day of the month"
          error={errors['recurrence.on.day']}
          hint="A month without this day is skipped."
          min="1"
          max="31"
          value={form.monthDay}
          onChange={(monthDay) => set({ monthDay })}
        />
      ) : (
        <>
          <Field label="Week of the month" error={errors['recurrence.on.nth']}>
            <select
              value={String(form.nth)}
              onChange={(e) => set({ nth: parseNth(e.target.value) })}
            >
              {NTH_LABELS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Weekday" error={errors['recurrence.on.weekday']}>
            <select
              value={String(form.monthWeekday)}
              onChange={(e) => set({ monthWeekday: weekdayFrom(e.target.value) })}
            >
              {WEEKDAY_ORDER.map((d) => (
                <option key={d} value={String(d)}>
                  {WEEKDAY_NAMES[d]}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
    </>
  );
}

function weekdayFrom(value: string): Weekday {
  return WEEKDAY_ORDER.find((d) => String(d) === value) ?? 1;
}
