/**
 * Validators for every record the planner stores. Each takes `unknown` (an editor's draft, a
 * restored backup, an imported event) and returns either a fresh, typed value or field errors.
 * Every write path goes through these before anything reaches the database.
 */
import { clockToMinutes, isValidDay } from '../time';
import type {
  Billing,
  Client,
  Commitment,
  Draft,
  MicrotaskSession,
  MovedOccurrence,
  Platform,
  Settings,
  WeekdayWindow,
  Weekday,
} from '../types';
import { DEFAULT_BURNOUT, PLATFORM_PRESET_CHOICES } from '../defaults';
import { readExchangeRates } from './exchange-rates';
import { validateRecord, type FieldReader, type Validation } from './fields';
import { readRecurrence } from './recurrence-rule';

export type ClientDraft = Draft<Client>;
export type CommitmentDraft = Draft<Commitment>;
export type PlatformDraft = Draft<Platform>;
export type SessionDraft = Draft<MicrotaskSession>;
export type SettingsDraft = Omit<Settings, 'id' | 'updatedAt'>;

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const MAX_MINUTES_A_WEEK = 7 * 24 * 60;
const MONEY_MAX = 1_000_000_000;
/** The most minutes one piece of work can have taken: a day. */
export const MAX_ACTUAL_MIN = 24 * 60;
/** Latest instant a stored record may carry: 1970–2200, anything else is corrupt data, not a plan. */
export const INSTANT_MAX = 7_258_118_400_000;

/** Reads weekday windows; end must be after start and windows on one day must not overlap. */
function readWindows(r: FieldReader, field: string, label: string): WeekdayWindow[] {
  const windows = r.list(field, label, { max: 70 }, (item, path) => {
    const w = r.child(item, path, label);
    if (!w) return null;
    const weekday = w.oneOf('weekday', 'Weekday', WEEKDAYS);
    const start = w.clock('start', 'Start');
    const end = w.clock('end', 'End', { allow24: true });
    if (w.ok && clockToMinutes(end) <= clockToMinutes(start)) {
      w.fail('end', 'End must be after start.');
    }
    r.absorb(w);
    return w.ok ? { weekday, start, end } : null;
  });
  const byDay = [...windows].sort(
    (a, b) => a.weekday - b.weekday || clockToMinutes(a.start) - clockToMinutes(b.start),
  );
  for (let i = 1; i < byDay.length; i++) {
    const prev = byDay[i - 1] as WeekdayWindow;
    const cur = byDay[i] as WeekdayWindow;
    if (prev.weekday === cur.weekday && clockToMinutes(cur.start) < clockToMinutes(prev.end)) {
      r.fail(field, 'Two windows on the same day overlap.');
    }
  }
  return windows;
}

function readBilling(r: FieldReader): Billing {
  const billing = r.nested('billing', 'Billing', (b): Billing => {
    const kind = b.oneOf('kind', 'Billing', ['hourly', 'retainer'] as const);
    if (kind === 'hourly') {
      return { kind, rate: b.number('rate', 'Hourly rate', { min: 0, max: MONEY_MAX }) };
    }
    return {
      kind,
      monthlyFee: b.number('monthlyFee', 'Monthly fee', { min: 0, max: MONEY_MAX }),
      includedHours: b.number('includedHours', 'Included hours', { min: 0, max: 744 }),
      overageRate: b.number('overageRate', 'Overage rate', { min: 0, max: MONEY_MAX }),
    };
  });
  return billing ?? { kind: 'hourly', rate: 0 };
}

/** Validates a client draft. */
export function validateClient(input: unknown): Validation<ClientDraft> {
  return validateRecord(input, 'Client', (r): ClientDraft => ({
    name: r.text('name', 'Name', { max: 120, required: true }),
    color: r.color('color', 'Colour'),
    zone: r.zone('zone', 'Time zone'),
    availability: readWindows(r, 'availability', 'Availability'),
    billing: readBilling(r),
    currency: r.currency('currency', 'Currency'),
    notes: r.text('notes', 'Notes', { max: 5000 }),
    archived: r.raw('archived') === undefined ? false : r.boolean('archived', 'Archived'),
  }));
}

function readMoved(r: FieldReader): MovedOccurrence[] {
  return r.list('moved', 'Moved occurrences', { max: 2000 }, (item, path) => {
    const m = r.child(item, path, 'Moved occurrence');
    if (!m) return null;
    const date = m.day('date', 'Original date');
    const to =
      m.nested('to', 'New time', (t) => ({
        date: t.day('date', 'New date'),
        time: t.clock('time', 'New time'),
        zone: t.zone('zone', 'Time zone'),
      })) ?? null;
    const durationMin = m.number('durationMin', 'Duration', {
      min: 1,
      max: 24 * 60,
      integer: true,
    });
    // Optional: occurrences moved before per-occurrence notes existed have none.
    const notes =
      m.raw('notes') === undefined ? undefined : m.text('notes', 'Notes', { max: 5000 });
    r.absorb(m);
    if (!m.ok || !to) return null;
    return notes === undefined ? { date, to, durationMin } : { date, to, durationMin, notes };
  });
}

/** Validates a commitment draft (its times are in its own zone, never pre-converted). */
export function validateCommitment(input: unknown): Validation<CommitmentDraft> {
  return validateRecord(input, 'Commitment', (r) => {
    // Before the range check below, which would otherwise win with the vaguer "at least 1".
    if (r.raw('durationMin') === 0) r.fail('durationMin', 'Duration must be more than zero.');
    const recurrence = readRecurrence(r);
    const value: CommitmentDraft = {
      clientId: r.text('clientId', 'Client', { max: 64, required: true }),
      title: r.text('title', 'Title', { max: 200, required: true }),
      kind: r.oneOf('kind', 'Kind', ['call', 'work', 'deadline'] as const),
      zone: r.zone('zone', 'Time zone'),
      start: r.clock('start', 'Start time'),
      durationMin: r.number('durationMin', 'Duration', { min: 1, max: 24 * 60, integer: true }),
      recurrence: recurrence ?? { kind: 'once', date: '2000-01-01' },
      skippedDates: r.list('skippedDates', 'Skipped dates', { max: 2000 }, (item, path) => {
        if (isValidDay(item)) return item;
        r.fail(path, 'Skipped date must be a real date (yyyy-mm-dd).');
        return null;
      }),
      moved: readMoved(r),
      reminderLeadMin: r.optionalNumber('reminderLeadMin', 'Reminder', {
        min: 0,
        max: 7 * 24 * 60,
        integer: true,
      }),
      notes: r.text('notes', 'Notes', { max: 5000 }),
      icsUid: r.textOrNull('icsUid', 'Calendar UID', { max: 500 }),
    };
    return value;
  });
}

/** Validates a platform draft. */
export function validatePlatform(input: unknown): Validation<PlatformDraft> {
  return validateRecord(input, 'Platform', (r) => {
    const value: PlatformDraft = {
      name: r.text('name', 'Name', { max: 120, required: true }),
      preset: r.oneOf('preset', 'Preset', PLATFORM_PRESET_CHOICES),
      color: r.color('color', 'Colour'),
      hourlyRate: r.number('hourlyRate', 'Expected hourly pay', { min: 0, max: 10_000 }),
      currency: r.currency('currency', 'Currency'),
      peakZone: r.zone('peakZone', 'Peak-hours time zone'),
      peakWindows: readWindows(r, 'peakWindows', 'Peak hours'),
      minSessionMin: r.number('minSessionMin', 'Shortest session', {
        min: 5,
        max: 12 * 60,
        integer: true,
      }),
      maxSessionMin: r.number('maxSessionMin', 'Longest session', {
        min: 5,
        max: 12 * 60,
        integer: true,
      }),
      enabled: r.raw('enabled') === undefined ? true : r.boolean('enabled', 'Enabled'),
    };
    if (r.ok && value.maxSessionMin < value.minSessionMin) {
      r.fail('maxSessionMin', 'The longest session is shorter than the shortest.');
    }
    return value;
  });
}

/** Validates an accepted microtask session. */
export function validateSession(input: unknown): Validation<SessionDraft> {
  return validateRecord(input, 'Session', (r) => {
    const value: SessionDraft = {
      platformId: r.text('platformId', 'Platform', { max: 64, required: true }),
      start: r.number('start', 'Start', { min: 0, max: INSTANT_MAX, integer: true }),
      end: r.number('end', 'End', { min: 0, max: INSTANT_MAX, integer: true }),
      locked: r.boolean('locked', 'Locked'),
      status: r.oneOf('status', 'Status', ['planned', 'done'] as const),
      actualEarnings: r.optionalNumber('actualEarnings', 'Actual earnings', {
        min: 0,
        max: MONEY_MAX,
      }),
      actualMin: r.optionalNumber('actualMin', 'Actual minutes', {
        min: 0,
        max: MAX_ACTUAL_MIN,
        integer: true,
      }),
      note: r.text('note', 'Note', { max: 2000 }),
    };
    if (r.ok && value.end <= value.start) r.fail('end', 'The session ends before it starts.');
    if (r.ok && value.end - value.start > 24 * 60 * 60_000) {
      r.fail('end', 'A session cannot be longer than a day.');
    }
    return value;
  });
}

/** Validates the settings (caps, rules, zones, working hours). */
export function validateSettings(input: unknown): Validation<SettingsDraft> {
  return validateRecord(input, 'Settings', (r) => {
    const minutes = (field: string, label: string, max = MAX_MINUTES_A_WEEK): number =>
      r.number(field, label, { min: 0, max, integer: true });
    const quiet = r.raw('quietHours');
    const currency = r.currency('currency', 'Currency');
    const value: SettingsDraft = {
      homeZone: r.zone('homeZone', 'Home time zone'),
      weekStart: r.oneOf('weekStart', 'Week starts on', [1, 0] as const),
      clock: r.oneOf('clock', 'Clock', ['24h', '12h'] as const),
      workingHours: readWindows(r, 'workingHours', 'Working hours'),
      quietHours:
        quiet === null || quiet === undefined
          ? null
          : r.nested('quietHours', 'Quiet hours', (q) => ({
              start: q.clock('start', 'Quiet hours start'),
              end: q.clock('end', 'Quiet hours end'),
            })),
      dailyCapMin: minutes('dailyCapMin', 'Daily cap', 24 * 60),
      weeklyCapMin: minutes('weeklyCapMin', 'Weekly cap'),
      bufferMin: minutes('bufferMin', 'Buffer', 240),
      defaultReminderLeadMin: minutes('defaultReminderLeadMin', 'Default reminder', 24 * 60),
      weeklyIncomeTarget: r.optionalNumber('weeklyIncomeTarget', 'Weekly income target', {
        min: 0,
        max: MONEY_MAX,
      }),
      currency,
      exchangeRates: readExchangeRates(r, currency),
      burnout: readThresholds(r),
      onboarded: r.boolean('onboarded', 'Onboarded'),
    };
    checkSettingsRelations(r, value);
    return value;
  });
}

type LevelKey =
  'dailyWarnMin' | 'dailyStrongMin' | 'weeklyWarnMin' | 'weeklyStrongMin' | 'weeklyCriticalMin';

/**
 * Checks between fields that are each valid on their own: a quiet or night window of zero length,
 * and warning levels out of order (a warning above its strong or critical level never fires first).
 */
function checkSettingsRelations(r: FieldReader, s: SettingsDraft): void {
  const fine = (...paths: string[]) => paths.every((p) => !(p in r.errors));
  const q = s.quietHours;
  if (q && fine('quietHours.start', 'quietHours.end') && q.start === q.end) {
    r.fail(
      'quietHours.end',
      'Quiet hours start and end at the same time. Pick an end, or turn them off.',
    );
  }
  const b = s.burnout;
  const ordered = (low: LevelKey, high: LevelKey, message: string) => {
    if (fine(`burnout.${low}`, `burnout.${high}`) && b[low] > b[high])
      r.fail(`burnout.${low}`, message);
  };
  ordered(
    'dailyWarnMin',
    'dailyStrongMin',
    'The warning is above the strong warning for a long day.',
  );
  ordered(
    'weeklyWarnMin',
    'weeklyStrongMin',
    'The warning is above the strong warning for a long week.',
  );
  ordered(
    'weeklyStrongMin',
    'weeklyCriticalMin',
    'The strong warning is above the critical level.',
  );
  if (fine('burnout.nightStart', 'burnout.nightEnd') && b.nightStart === b.nightEnd) {
    r.fail('burnout.nightEnd', 'Night starts and ends at the same time.');
  }
}

function readThresholds(r: FieldReader): Settings['burnout'] {
  const read = r.nested('burnout', 'Burnout thresholds', (b): Settings['burnout'] => {
    const m = (field: keyof Settings['burnout'], label: string, max = MAX_MINUTES_A_WEEK) =>
      b.number(field, label, { min: 0, max, integer: true });
    return {
      dailyWarnMin: m('dailyWarnMin', 'Long day', 1440),
      dailyStrongMin: m('dailyStrongMin', 'Very long day', 1440),
      weeklyWarnMin: m('weeklyWarnMin', 'Long week'),
      weeklyStrongMin: m('weeklyStrongMin', 'Very long week'),
      weeklyCriticalMin: m('weeklyCriticalMin', 'Critical week'),
      dailyRestMin: m('dailyRestMin', 'Daily rest', 1440),
      weeklyRestMin: m('weeklyRestMin', 'Weekly rest'),
      breakAfterDayMin: m('breakAfterDayMin', 'Break after', 1440),
      // The break rule the gap filler keeps to as well: a break shorter than 5 min is none.
      continuousMaxMin: b.number('continuousMaxMin', 'Work before a break', {
        min: 50,
        max: 120,
        integer: true,
      }),
      continuousBreakMin: b.number('continuousBreakMin', 'Break length', {
        min: 5,
        max: 120,
        integer: true,
      }),
      nightStart: b.clock('nightStart', 'Night starts'),
      nightEnd: b.clock('nightEnd', 'Night ends'),
      maxConsecutiveDays: b.number('maxConsecutiveDays', 'Days in a row', {
        min: 1,
        max: 14,
        integer: true,
      }),
      fragmentedSpanMin: m('fragmentedSpanMin', 'Day span', 1440),
      microtaskDailyMaxMin: m('microtaskDailyMaxMin', 'Microtasks a day', 1440),
    };
  });
  // Only reached with errors recorded: the value is never saved.
  return read ?? DEFAULT_BURNOUT;
}
