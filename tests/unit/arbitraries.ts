/**
 * fast-check arbitraries for valid stored records: every value they make passes the record
 * validators unchanged (texts already trimmed, colours lower-case, weekdays sorted, windows that
 * do not overlap, warning levels in order). Reuse them in any property test.
 */
import fc from 'fast-check';
import type { BackupData } from '../../src/core/backup';
import { dayFromOrdinal, dayOrdinal, minutesToClock } from '../../src/core/time';
import type {
  Client,
  Commitment,
  MicrotaskSession,
  Platform,
  Recurrence,
  Settings,
  TimeOff,
  TimeOffOwner,
  WeekOfMonth,
  Weekday,
  WeekdayWindow,
  WorkRecord,
} from '../../src/core/types';
import { INSTANT_MAX } from '../../src/core/validate/records';

/** Zones with the cases that matter: DST both ways, half and quarter hours, dropped DST. */
export const ZONES = [
  'UTC',
  'Asia/Manila',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
  'Pacific/Auckland',
  'Asia/Tokyo',
] as const;

const DAY_MS = 24 * 60 * 60_000;
const FIRST_DAY = dayOrdinal('1990-01-01');
const LAST_DAY = dayOrdinal('2150-12-31');

export const zoneArb = fc.constantFrom(...ZONES);
export const weekdayArb = fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6);
/** 'HH:mm' from 00:00 to 23:59. */
export const clockArb = fc.integer({ min: 0, max: 1439 }).map(minutesToClock);
/** A real calendar day. */
export const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dayFromOrdinal);
export const instantArb = fc.integer({ min: 0, max: INSTANT_MAX });
export const colorArb = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 6, maxLength: 6 })
  .map((digits) => `#${digits.join('')}`);
export const currencyArb = fc.constantFrom('USD', 'EUR', 'GBP', 'PHP', 'AUD', 'JPY', 'INR');
/** Money as JSON round-trips it: any finite non-negative double (never -0). */
export const moneyArb = (max: number) =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
/** Ids as the app makes them: UUIDs, or readable ones like the sample week's. */
export const idArb = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/));

/** Text as a validator returns it: trimmed, within `max` UTF-16 units, non-empty if required. */
export function textArb(max: number, options: { required?: boolean } = {}) {
  return fc
    .string({ unit: 'grapheme', maxLength: Math.min(max, 24) })
    .map((s) => s.trim())
    .filter((s) => s.length <= max && (!options.required || s.length > 0));
}

/** Windows on one weekday that do not overlap, on a quarter-hour grid; end may be 24:00. */
function dayWindowsArb(weekday: Weekday) {
  return fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: WeekdayWindow[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const start = sorted[i] ?? 0;
      const end = sorted[i + 1] ?? 96;
      out.push({ weekday, start: minutesToClock(start * 15), end: minutesToClock(end * 15) });
    }
    return out;
  });
}

/** A week of windows (0–2 a day), in shuffled order. */
export const weekWindowsArb = fc
  .tuple(...([0, 1, 2, 3, 4, 5, 6] as const).map((d) => dayWindowsArb(d)))
  .chain((days) => fc.shuffledSubarray(days.flat(), { minLength: days.flat().length }));

const stampArb = fc
  .tuple(idArb, instantArb, instantArb)
  .map(([id, a, b]) => ({ id, createdAt: Math.min(a, b), updatedAt: Math.max(a, b) }));

/** Ascending numbers (for warning levels that must be in order). */
export function ascending(count: number, max: number) {
  return fc
    .array(fc.integer({ min: 0, max }), { minLength: count, maxLength: count })
    .map((xs) => [...xs].sort((a, b) => a - b));
}

/** Two different clock times (a window that is not empty). */
const distinctClocksArb = fc
  .tuple(clockArb, clockArb)
  .filter(([a, b]) => a !== b)
  .map(([start, end]) => ({ start, end }));

export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    homeZone: zoneArb,
    weekStart: fc.constantFrom<0 | 1>(0, 1),
    clock: fc.constantFrom<'12h' | '24h'>('12h', '24h'),
    workingHours: weekWindowsArb,
    quietHours: fc.option(distinctClocksArb, { nil: null }),
    dailyCapMin: fc.integer({ min: 0, max: 1440 }),
    weeklyCapMin: fc.integer({ min: 0, max: 10080 }),
    bufferMin: fc.integer({ min: 0, max: 240 }),
    defaultReminderLeadMin: fc.integer({ min: 0, max: 1440 }),
    weeklyIncomeTarget: fc.option(moneyArb(1e9), { nil: null }),
    currency: currencyArb,
    rates: fc.uniqueArray(
      fc.record({
        currency: currencyArb,
        perUnit: fc.integer({ min: 1, max: 1e10 }).map((n) => n / 10_000),
        setOn: dayArb,
      }),
      { maxLength: 4, selector: (r) => r.currency },
    ),
    daily: ascending(2, 1440),
    weekly: ascending(3, 10080),
    rest: fc.tuple(
      fc.integer({ min: 0, max: 1440 }),
      fc.integer({ min: 0, max: 10080 }),
      fc.integer({ min: 0, max: 1440 }),
    ),
    screen: fc.tuple(fc.integer({ min: 50, max: 120 }), fc.integer({ min: 5, max: 120 })),
    night: distinctClocksArb,
    maxConsecutiveDays: fc.integer({ min: 1, max: 14 }),
    spans: fc.tuple(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 1440 })),
    onboarded: fc.boolean(),
    updatedAt: instantArb,
  })
  .map(({ daily, weekly, rest, screen, night, maxConsecutiveDays, spans, rates, ...s }) => ({
    id: 'settings' as const,
    ...s,
    // A rate for the worker's own currency is refused: none is generated.
    exchangeRates: rates.filter((r) => r.currency !== s.currency),
    burnout: {
      dailyWarnMin: daily[0] ?? 0,
      dailyStrongMin: daily[1] ?? 0,
      weeklyWarnMin: weekly[0] ?? 0,
      weeklyStrongMin: weekly[1] ?? 0,
      weeklyCriticalMin: weekly[2] ?? 0,
      dailyRestMin: rest[0],
      weeklyRestMin: rest[1],
      breakAfterDayMin: rest[2],
      continuousMaxMin: screen[0],
      continuousBreakMin: screen[1],
      nightStart: night.start,
      nightEnd: night.end,
      maxConsecutiveDays,
      fragmentedSpanMin: spans[0],
      microtaskDailyMaxMin: spans[1],
    },
  }));

export const clientArb: fc.Arbitrary<Client> = fc
  .record({
    stamp: stampArb,
    name: textArb(120, { required: true }),
    color: colorArb,
    zone: zoneArb,
    availability: weekWindowsArb,
    billing: fc.oneof(
      fc.record({ kind: fc.constant('hourly' as const), rate: moneyArb(1e9) }),
      fc.record({
        kind: fc.constant('retainer' as const),
        monthlyFee: moneyArb(1e9),
        includedHours: moneyArb(744),
        overageRate: moneyArb(1e9),
      }),
    ),
    currency: currencyArb,
    notes: textArb(5000),
    archived: fc.boolean(),
  })
  .map(({ stamp, ...c }) => ({ ...c, ...stamp }));

const recurrenceArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constant('once' as const), date: dayArb }),
  fc
    .record({
      weekdays: fc.uniqueArray(weekdayArb, { minLength: 1, maxLength: 7 }),
      interval: fc.integer({ min: 1, max: 52 }),
      start: fc.integer({ min: FIRST_DAY, max: LAST_DAY - 800 }),
      length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
      count: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    })
    .map(({ weekdays, interval, start, length, count }) => ({
      kind: 'weekly' as const,
      weekdays: [...weekdays].sort((a, b) => a - b),
      interval,
      startDate: dayFromOrdinal(start),
      endDate: length === null ? null : dayFromOrdinal(start + length),
      count,
    })),
  fc
    .record({
      on: fc.oneof(
        fc.record({ by: fc.constant('monthday' as const), day: fc.integer({ min: 1, max: 31 }) }),
        fc.record({
          by: fc.constant('weekday' as const),
          nth: fc.constantFrom<WeekOfMonth>(1, 2, 3, 4, -1),
          weekday: weekdayArb,
        }),
      ),
      // Any interval but a multiple of 12 reaches a month with 31 days (12 may never: the 30th
      // of each February), so every rule drawn here is valid.
      interval: fc.integer({ min: 1, max: 11 }),
      start: fc.integer({ min: FIRST_DAY, max: LAST_DAY - 800 }),
      length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
      count: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    })
    .map(({ on, interval, start, length, count }) => ({
      kind: 'monthly' as const,
      on,
      interval,
      startDate: dayFromOrdinal(start),
      endDate: length === null ? null : dayFromOrdinal(start + length),
      count,
    })),
);

/** A commitment for one of `clientIds` (which must not be empty). */
export function commitmentArb(clientIds: readonly string[]): fc.Arbitrary<Commitment> {
  return fc
    .record({
      stamp: stampArb,
      clientId: fc.constantFrom(...clientIds),
      title: textArb(200, { required: true }),
      kind: fc.constantFrom<Commitment['kind']>('call', 'work', 'deadline'),
      zone: zoneArb,
      start: clockArb,
      durationMin: fc.integer({ min: 1, max: 1440 }),
      recurrence: recurrenceArb,
      skippedDates: fc.array(dayArb, { maxLength: 3 }),
      moved: fc.array(
        fc.record({
          date: dayArb,
          to: fc.record({ date: dayArb, time: clockArb, zone: zoneArb }),
          durationMin: fc.integer({ min: 1, max: 1440 }),
        }),
        { maxLength: 2 },
      ),
      reminderLeadMin: fc.option(fc.integer({ min: 0, max: 10080 }), { nil: null }),
      notes: textArb(5000),
      icsUid: fc.option(textArb(500), { nil: null }),
    })
    .map(({ stamp, ...c }) => ({ ...c, ...stamp }));
}

export const platformArb: fc.Arbitrary<Platform> = fc
  .record({
    stamp: stampArb,
    name: textArb(120, { required: true }),
    preset: fc.constantFrom<Platform['preset']>(
      'mturk',
      'prolific',
      'clickworker',
      'appen',
      'custom',
    ),
    color: colorArb,
    hourlyRate: moneyArb(10_000),
    currency: currencyArb,
    peakZone: zoneArb,
    peakWindows: weekWindowsArb,
    sessionLengths: ascending(2, 715),
    enabled: fc.boolean(),
  })
  .map(({ stamp, sessionLengths, ...p }) => ({
    ...p,
    minSessionMin: (sessionLengths[0] ?? 0) + 5,
    maxSessionMin: (sessionLengths[1] ?? 0) + 5,
    ...stamp,
  }));

/** An accepted session on one of `platformIds` (which must not be empty). */
export function sessionArb(platformIds: readonly string[]): fc.Arbitrary<MicrotaskSession> {
  return fc
    .record({
      stamp: stampArb,
      platformId: fc.constantFrom(...platformIds),
      start: fc.integer({ min: 0, max: INSTANT_MAX - DAY_MS }),
      length: fc.integer({ min: 1, max: DAY_MS }),
      locked: fc.boolean(),
      status: fc.constantFrom<MicrotaskSession['status']>('planned', 'done'),
      actualEarnings: fc.option(moneyArb(1e9), { nil: null }),
      actualMin: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: null }),
      note: textArb(2000),
    })
    .map(({ stamp, length, ...s }) => ({ ...s, end: s.start + length, ...stamp }));
}

/** Time off of the worker or of one of `clientIds`: up to 400 days from a first day. */
export function timeOffArb(clientIds: readonly string[]): fc.Arbitrary<TimeOff> {
  const worker = fc.constant<TimeOffOwner>({ kind: 'worker' });
  const owner =
    clientIds.length === 0
      ? worker
      : fc.oneof(
          worker,
          fc
            .constantFrom(...clientIds)
            .map((clientId): TimeOffOwner => ({ kind: 'client', clientId })),
        );
  return fc
    .record({
      stamp: stampArb,
      owner,
      first: fc.integer({ min: FIRST_DAY, max: LAST_DAY - 400 }),
      length: fc.integer({ min: 0, max: 400 }),
      label: textArb(200),
      icsUid: fc.option(textArb(500, { required: true }), { nil: null }),
    })
    .map(({ stamp, first, length, ...t }) => ({
      ...t,
      startDate: dayFromOrdinal(first),
      endDate: dayFromOrdinal(first + length),
      ...stamp,
    }));
}

/** What became of an occurrence of one of `commitmentIds` (which must not be empty). */
export function workRecordArb(commitmentIds: readonly string[]): fc.Arbitrary<WorkRecord> {
  return fc
    .record({
      stamp: stampArb,
      commitmentId: fc.constantFrom(...commitmentIds),
      day: fc.integer({ min: 0, max: 20_000 }),
      outcome: fc.constantFrom<WorkRecord['outcome']>('done', 'missed'),
      actualMin: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: null }),
    })
    .map(({ stamp, commitmentId, day, outcome, actualMin }) => ({
      ...stamp,
      id: `${commitmentId}@${dayFromOrdinal(day)}`,
      commitmentId,
      outcome,
      actualMin: outcome === 'missed' ? null : actualMin,
    }));
}

const byId = { selector: (r: { id: string }) => r.id };

/** A whole valid dataset: unique ids per table, every reference resolved. */
export function datasetArb(
  options: { minEach?: number; maxEach?: number; settings?: 'always' | 'maybe' } = {},
): fc.Arbitrary<BackupData> {
  const size = { minLength: options.minEach ?? 0, maxLength: options.maxEach ?? 4, ...byId };
  const settings =
    options.settings === 'always' ? settingsArb : fc.option(settingsArb, { nil: null });
  return fc
    .record({
      settings,
      clients: fc.uniqueArray(clientArb, size),
      platforms: fc.uniqueArray(platformArb, size),
    })
    .chain(({ settings, clients, platforms }) =>
      fc
        .record({
          commitments:
            clients.length === 0
              ? fc.constant<Commitment[]>([])
              : fc.uniqueArray(commitmentArb(clients.map((c) => c.id)), size),
          sessions:
            platforms.length === 0
              ? fc.constant<MicrotaskSession[]>([])
              : fc.uniqueArray(sessionArb(platforms.map((p) => p.id)), size),
          timeOff: fc.uniqueArray(timeOffArb(clients.map((c) => c.id)), size),
        })
        .chain(({ commitments, sessions, timeOff }) =>
          (commitments.length === 0
            ? fc.constant<WorkRecord[]>([])
            : fc.uniqueArray(workRecordArb(commitments.map((c) => c.id)), size)
          ).map((workRecords) => ({
            settings,
            clients,
            commitments,
            platforms,
            sessions,
            timeOff,
            workRecords,
          })),
        ),
    );
}
