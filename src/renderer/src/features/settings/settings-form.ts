/**
 * The settings editor's form state and its pure conversions. Long durations are entered in hours
 * and stored in minutes; everything typed is checked here for what only the form knows (a blank
 * or negative number of hours), then by the core's `validateSettings`, and both sets of errors are
 * shown at once under the validator's field paths.
 */
import type { BurnoutThresholds, CalendarDay, Settings } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { validateSettings, type SettingsDraft } from '../../../../core/validate/records';
import { rowsFromWindows, rowsToWindows, type DayRow } from '../../components/weekday-rows';
import { checkRates, ratesToRows, type RateRow } from './rates-form';

export type ThresholdKey = keyof BurnoutThresholds;

/** How a burnout threshold is entered: hours (stored as minutes), minutes, a count, or a clock time. */
export type ThresholdUnit = 'h' | 'min' | 'count' | 'time';

/** The label and unit of each burnout threshold input; `maxHours` bounds the hour fields. */
export const THRESHOLD_FIELDS: Record<
  ThresholdKey,
  { label: string; unit: ThresholdUnit; maxHours?: number }
> = {
  dailyWarnMin: { label: 'Warn above (hours a day)', unit: 'h', maxHours: 24 },
  dailyStrongMin: { label: 'Strong warning above (hours a day)', unit: 'h', maxHours: 24 },
  weeklyWarnMin: { label: 'Warn above (hours a week)', unit: 'h', maxHours: 168 },
  weeklyStrongMin: { label: 'Strong warning above (hours a week)', unit: 'h', maxHours: 168 },
  weeklyCriticalMin: { label: 'Critical at (hours a week)', unit: 'h', maxHours: 168 },
  dailyRestMin: { label: 'Daily rest at least (hours)', unit: 'h', maxHours: 24 },
  weeklyRestMin: { label: 'Weekly rest at least (hours)', unit: 'h', maxHours: 168 },
  breakAfterDayMin: { label: 'Break needed after (hours of work)', unit: 'h', maxHours: 24 },
  continuousMaxMin: { label: 'Work before a break (minutes)', unit: 'min' },
  continuousBreakMin: { label: 'Break length (minutes)', unit: 'min' },
  nightStart: { label: 'Night starts', unit: 'time' },
  nightEnd: { label: 'Night ends', unit: 'time' },
  maxConsecutiveDays: { label: 'Working days in a row', unit: 'count' },
  fragmentedSpanMin: { label: 'Day span above (hours)', unit: 'h', maxHours: 24 },
  microtaskDailyMaxMin: { label: 'Microtasks above (hours a day)', unit: 'h', maxHours: 24 },
};

const THRESHOLD_KEYS = Object.keys(THRESHOLD_FIELDS) as ThresholdKey[];

/**
 * The break rule's thresholds, edited with the limits rather than in the folded rules: the gap
 * filler keeps to them as well as the continuous-screen warning reading them.
 */
export const BREAK_RULE_KEYS: readonly ThresholdKey[] = ['continuousMaxMin', 'continuousBreakMin'];

export type SettingsForm = {
  homeZone: string;
  weekStart: 0 | 1;
  clock: '12h' | '24h';
  workingRows: DayRow[];
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
  dailyCapHours: string;
  weeklyCapHours: string;
  bufferMin: string;
  reminderLeadMin: string;
  /** Blank means no target. */
  incomeTarget: string;
  currency: string;
  rates: RateRow[];
  burnout: Record<ThresholdKey, string>;
};

/** What the form is checked against: the stored settings it edits, and today in the home zone. */
export type SettingsBase = Pick<Settings, 'onboarded' | 'currency'> & { today: CalendarDay };

/** Minutes shown as hours: 480 → '8', 450 → '7.5', 440 → '7.33'. */
export function minutesToHoursText(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** A number as typed; blank is not zero (it must fail as "must be a number"). */
function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Hours as typed → whole minutes, or the message to show. */
export function parseHours(
  text: string,
  label: string,
  maxHours: number,
): { ok: true; minutes: number } | { ok: false; error: string } {
  const hours = parseNumber(text);
  if (!Number.isFinite(hours)) return { ok: false, error: `${label} must be a number of hours.` };
  if (hours < 0) return { ok: false, error: `${label} cannot be negative.` };
  if (hours > maxHours) return { ok: false, error: `${label} cannot be more than ${maxHours} h.` };
  return { ok: true, minutes: Math.round(hours * 60) };
}

/** The form for stored settings. */
export function settingsToForm(s: Settings): SettingsForm {
  const burnout = Object.fromEntries(
    THRESHOLD_KEYS.map((key) => {
      const value = s.burnout[key];
      const unit = THRESHOLD_FIELDS[key].unit;
      return [
        key,
        typeof value === 'number' && unit === 'h' ? minutesToHoursText(value) : String(value),
      ];
    }),
  ) as Record<ThresholdKey, string>;
  return {
    homeZone: s.homeZone,
    weekStart: s.weekStart,
    clock: s.clock,
    workingRows: rowsFromWindows(s.workingHours, { start: '08:00', end: '18:00' }),
    quietOn: s.quietHours !== null,
    quietStart: s.quietHours?.start ?? '22:00',
    quietEnd: s.quietHours?.end ?? '07:00',
    dailyCapHours: minutesToHoursText(s.dailyCapMin),
    weeklyCapHours: minutesToHoursText(s.weeklyCapMin),
    bufferMin: String(s.bufferMin),
    reminderLeadMin: String(s.defaultReminderLeadMin),
    incomeTarget: s.weeklyIncomeTarget === null ? '' : String(s.weeklyIncomeTarget),
    currency: s.currency,
    rates: ratesToRows(s.exchangeRates),
    burnout,
  };
}

/** The draft for the validator, with the errors only the form can see (keyed by field path). */
function formToSettingsDraft(
  form: SettingsForm,
  base: SettingsBase,
): { draft: Record<string, unknown>; errors: FieldErrors } {
  const rates = checkRates(form.rates, {
    home: form.currency,
    storedHome: base.currency,
    today: base.today,
  });
  const errors: FieldErrors = rates.ok ? {} : { ...rates.errors };
  const hours = (path: string, text: string, label: string, maxHours: number): number => {
    const read = parseHours(text, label, maxHours);
    if (read.ok) return read.minutes;
    errors[path] = read.error;
    return Number.NaN;
  };
  const burnout: Record<string, unknown> = {};
  for (const key of THRESHOLD_KEYS) {
    const field = THRESHOLD_FIELDS[key];
    const text = form.burnout[key];
    burnout[key] =
      field.unit === 'time'
        ? text
        : field.unit === 'h'
          ? hours(`burnout.${key}`, text, field.label, field.maxHours ?? 24)
          : parseNumber(text);
  }
  const draft = {
    homeZone: form.homeZone.trim(),
    weekStart: form.weekStart,
    clock: form.clock,
    workingHours: rowsToWindows(form.workingRows),
    quietHours: form.quietOn ? { start: form.quietStart, end: form.quietEnd } : null,
    dailyCapMin: hours('dailyCapMin', form.dailyCapHours, 'Daily cap', 24),
    weeklyCapMin: hours('weeklyCapMin', form.weeklyCapHours, 'Weekly cap', 168),
    bufferMin: parseNumber(form.bufferMin),
    defaultReminderLeadMin: parseNumber(form.reminderLeadMin),
    weeklyIncomeTarget: form.incomeTarget.trim() === '' ? null : parseNumber(form.incomeTarget),
    currency: form.currency,
    // Rows with problems stay out of the draft: their messages are the form's own.
    exchangeRates: rates.ok ? rates.value : [],
    burnout,
    onboarded: base.onboarded,
  };
  return { draft, errors };
}

/** Checks the whole form: the valid settings draft, or every error at once (the form's win). */
export function checkSettingsForm(
  form: SettingsForm,
  base: SettingsBase,
): { ok: true; value: SettingsDraft } | { ok: false; errors: FieldErrors } {
  const { draft, errors } = formToSettingsDraft(form, base);
  const checked = validateSettings(draft);
  const all = { ...(checked.ok ? {} : checked.errors), ...errors };
  if (checked.ok && Object.keys(errors).length === 0) return { ok: true, value: checked.value };
  return { ok: false, errors: all };
}
