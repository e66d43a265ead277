/**
 * The sections of the settings editor, each a pure view of the form: where and how the week is
 * shown, when you work, and the limits the planner keeps to.
 */
import type { ReactNode } from 'react';
import { formatOffset, isValidZone, offsetMinutes } from '../../../../core/time';
import type { Weekday } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Field, NumberField } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';
import { ZonePicker } from '../../components/ZonePicker';
import { CURRENCIES } from '../../ui-constants';
import { THRESHOLD_FIELDS, type SettingsForm } from './settings-form';
import { rowErrors, type DayRow } from '../../components/weekday-rows';
import { WeekdayHoursTable } from '../../components/WeekdayHoursTable';
import { TimeField } from '../../components/TimeField';

export type SectionProps = {
  form: SettingsForm;
  set: (patch: Partial<SettingsForm>) => void;
  errors: FieldErrors;
  now: number;
};

/** A titled block of the settings form. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div className="form-grid">{children}</div>
    </section>
  );
}

/** Home zone, week start and clock style. */
export function WeekDisplaySection({ form, set, errors, now }: SectionProps) {
  const zone = form.homeZone.trim();
  return (
    <Section id="settings-week" title="Your week">
      <div className="span-2">
        <Field
          label="Home time zone"
          error={errors.homeZone}
          hint={
            <>
              {isValidZone(zone) ? `Now ${formatOffset(offsetMinutes(zone, now))}. ` : null}
              Changing it re-draws the week in the new zone; client and platform hours stay in their
              own zones.
            </>
          }
        >
          <ZonePicker value={form.homeZone} onChange={(homeZone) => set({ homeZone })} now={now} />
        </Field>
      </div>
      <RadioGroup
        legend="Week starts on"
        name="week-start"
        value={form.weekStart}
        options={[
          { value: 1, label: 'Monday' },
          { value: 0, label: 'Sunday' },
        ]}
        onChange={(weekStart) => set({ weekStart })}
      />
      <RadioGroup
        legend="Clock"
        name="clock"
        value={form.clock}
        options={[
          { value: '24h', label: '24-hour (14:00)' },
          { value: '12h', label: '12-hour (2:00 PM)' },
        ]}
        onChange={(clock) => set({ clock })}
      />
    </Section>
  );
}

/** Working hours per weekday and quiet hours, in the home zone. */
export function HoursSection({ form, set, errors }: SectionProps) {
  const setRow = (weekday: Weekday, patch: Partial<DayRow>) =>
    set({
      workingRows: form.workingRows.map((row, i) => (i === weekday ? { ...row, ...patch } : row)),
    });
  return (
    <Section id="settings-hours" title="When you work">
      <WeekdayHoursTable
        legend="Working hours (home zone)"
        hint="Microtask sessions are only proposed inside these hours. An end of 00:00 means midnight."
        rows={form.workingRows}
        onChange={setRow}
        errors={rowErrors(errors, 'workingHours', form.workingRows)}
        tableError={errors.workingHours}
      />
      <fieldset className="field span-2">
        <legend>Quiet hours</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={form.quietOn}
            onChange={(e) => set({ quietOn: e.target.checked })}
          />
          Keep quiet hours (nothing is proposed in them)
        </label>
        <div className="form-grid compact">
          <Field label="Quiet from" error={errors['quietHours.start']}>
            <TimeField
              value={form.quietStart}
              disabled={!form.quietOn}
              onChange={(quietStart) => set({ quietStart })}
            />
          </Field>
          <Field
            label="Quiet until"
            error={errors['quietHours.end'] ?? errors.quietHours}
            hint="May cross midnight, e.g. 22:00 until 07:00."
          >
            <TimeField
              value={form.quietEnd}
              disabled={!form.quietOn}
              onChange={(quietEnd) => set({ quietEnd })}
            />
          </Field>
        </div>
      </fieldset>
    </Section>
  );
}

type LimitField =
  | {
      kind: 'limit';
      key: 'dailyCapHours' | 'weeklyCapHours' | 'bufferMin' | 'reminderLeadMin' | 'incomeTarget';
      path: string;
      label: string;
      hint: string;
      step: string;
    }
  | {
      kind: 'break';
      key: 'continuousMaxMin' | 'continuousBreakMin';
      hint: string;
      min: string;
      step: string;
    };

/** The limits' number fields, in the order shown; the break rule's are burnout thresholds. */
const LIMIT_FIELDS: readonly LimitField[] = [
  {
    kind: 'limit',
    key: 'dailyCapHours',
    path: 'dailyCapMin',
    label: 'Daily cap (hours)',
    hint: 'Gap filling stops at this much work in a day.',
    step: '0.5',
  },
  {
    kind: 'limit',
    key: 'weeklyCapHours',
    path: 'weeklyCapMin',
    label: 'Weekly cap (hours)',
    hint: 'And at this much in a week.',
    step: '0.5',
  },
  {
    kind: 'limit',
    key: 'bufferMin',
    path: 'bufferMin',
    label: 'Buffer around client work (minutes)',
    hint: 'Kept free before and after each client commitment.',
    step: '5',
  },
  {
    kind: 'limit',
    key: 'reminderLeadMin',
    path: 'defaultReminderLeadMin',
    label: 'Default reminder (minutes before)',
    hint: 'For commitments without their own reminder.',
    step: '5',
  },
  {
    kind: 'break',
    key: 'continuousMaxMin',
    hint: '50 to 120 minutes of continuous work; gap filling and the screen-work warning both keep to it.',
    min: '50',
    step: '5',
  },
  { kind: 'break', key: 'continuousBreakMin', hint: '5 to 120 minutes.', min: '5', step: '1' },
  {
    kind: 'limit',
    key: 'incomeTarget',
    path: 'weeklyIncomeTarget',
    label: 'Weekly income target',
    hint: 'Leave empty for none. Gap filling stops once it is met.',
    step: '10',
  },
];

/** Where a limit field's text is read from, checked under and written to. */
function bindLimit(field: LimitField, { form, set, errors }: SectionProps) {
  if (field.kind === 'limit') {
    return {
      label: field.label,
      value: form[field.key],
      error: errors[field.path],
      min: '0',
      onChange: (text: string) => set({ [field.key]: text }),
    };
  }
  return {
    label: THRESHOLD_FIELDS[field.key].label,
    value: form.burnout[field.key],
    error: errors[`burnout.${field.key}`],
    min: field.min,
    onChange: (text: string) => set({ burnout: { ...form.burnout, [field.key]: text } }),
  };
}

/** Caps, buffer, break rule, reminders and the income target. */
export function LimitsSection(props: SectionProps) {
  const { form, set, errors } = props;
  return (
    <Section id="settings-limits" title="Limits, breaks and income">
      {LIMIT_FIELDS.map((field) => (
        <NumberField
          key={field.key}
          {...bindLimit(field, props)}
          hint={field.hint}
          step={field.step}
          inputMode="decimal"
        />
      ))}
      <Field
        label="Currency"
        error={errors.currency}
        hint="Yours: totals, the target and new clients use it."
      >
        <select value={form.currency} onChange={(e) => set({ currency: e.target.value })}>
          {(CURRENCIES.some((c) => c === form.currency)
            ? CURRENCIES
            : [form.currency, ...CURRENCIES]
          ).map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </Field>
    </Section>
  );
}
