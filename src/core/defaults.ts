/**
 * Defaults the app starts from: settings, the four platform presets and the burnout rule
 * catalogue (with the sources DOMAIN.md cites), so the UI and the planner read one table.
 */
import type {
  BurnoutThresholds,
  IanaZone,
  Instant,
  Platform,
  PlatformPreset,
  Settings,
  Weekday,
  WeekdayWindow,
} from './types';

/** Burnout thresholds from DOMAIN.md's table, in minutes and home-zone clock times. */
export const DEFAULT_BURNOUT: BurnoutThresholds = {
  dailyWarnMin: 8 * 60,
  dailyStrongMin: 10 * 60,
  weeklyWarnMin: 40 * 60,
  weeklyStrongMin: 48 * 60,
  weeklyCriticalMin: 55 * 60,
  dailyRestMin: 11 * 60,
  weeklyRestMin: 24 * 60,
  breakAfterDayMin: 6 * 60,
  continuousMaxMin: 90,
  continuousBreakMin: 10,
  nightStart: '22:00',
  nightEnd: '06:00',
  maxConsecutiveDays: 6,
  fragmentedSpanMin: 12 * 60,
  microtaskDailyMaxMin: 4 * 60,
};

/** Windows on the given weekdays, all with the same clock times. */
export function weekdayWindows(
  weekdays: readonly Weekday[],
  start: string,
  end: string,
): WeekdayWindow[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

export const MON_TO_FRI: readonly Weekday[] = [1, 2, 3, 4, 5];

/** Default settings for a worker living in `homeZone` (Mon–Fri 08:00–18:00, 8 h/40 h caps). */
export function defaultSettings(
  homeZone: IanaZone,
  options?: { updatedAt?: Instant; currency?: string },
): Settings {
  return {
    id: 'settings',
    homeZone,
    weekStart: 1,
    clock: '24h',
    workingHours: weekdayWindows(MON_TO_FRI, '08:00', '18:00'),
    quietHours: { start: '22:00', end: '07:00' },
    dailyCapMin: 8 * 60,
    weeklyCapMin: 40 * 60,
    bufferMin: 10,
    defaultReminderLeadMin: 10,
    weeklyIncomeTarget: null,
    currency: options?.currency ?? 'USD',
    burnout: { ...DEFAULT_BURNOUT },
    onboarded: false,
    updatedAt: options?.updatedAt ?? 0,
  };
}

/** What a preset fixes; ids and timestamps are chosen when the platform is created. */
export type PlatformPresetSpec = Omit<Platform, 'id' | 'enabled' | 'createdAt' | 'updatedAt'> & {
  /** Why the peak hours are what they are, for the platform form. */
  peakNote: string;
};

/**
 * Presets with conservative expected rates. MTurk and Appen work mostly comes from US requesters
 * in US business hours; Prolific's studies are UK-heavy and must pay at least £6/h; Clickworker's
 * task pool is German and fills during the European day.
 */
export const PLATFORM_PRESETS: Readonly<
  Record<Exclude<PlatformPreset, 'custom'>, PlatformPresetSpec>
> = {
  mturk: {
    name: 'MTurk',
    preset: 'mturk',
    color: '#ff9900',
    hourlyRate: 9,
    currency: 'USD',
    peakZone: 'America/New_York',
    peakWindows: weekdayWindows(MON_TO_FRI, '09:00', '17:00'),
    minSessionMin: 30,
    maxSessionMin: 90,
    peakNote: 'US business day: most HITs are posted by US requesters during their working hours.',
  },
  prolific: {
    name: 'Prolific',
    preset: 'prolific',
    color: '#2b59c3',
    hourlyRate: 10,
    currency: 'USD',
    peakZone: 'Europe/London',
    peakWindows: weekdayWindows(MON_TO_FRI, '09:00', '18:00'),
    minSessionMin: 30,
    maxSessionMin: 60,
    peakNote:
      'UK working day: researchers launch studies in UK hours; minimum pay £6 / $8 an hour.',
  },
  clickworker: {
    name: 'Clickworker',
    preset: 'clickworker',
    color: '#00a19a',
    hourlyRate: 7,
    currency: 'USD',
    peakZone: 'Europe/Berlin',
    peakWindows: weekdayWindows(MON_TO_FRI, '08:00', '17:00'),
    minSessionMin: 30,
    maxSessionMin: 90,
    peakNote: 'German working day: the UHRS and text tasks refill during European hours.',
  },
  appen: {
    name: 'Appen',
    preset: 'appen',
    color: '#6b3fa0',
    hourlyRate: 8,
    currency: 'USD',
    peakZone: 'America/Los_Angeles',
    peakWindows: weekdayWindows(MON_TO_FRI, '08:00', '16:00'),
    minSessionMin: 45,
    maxSessionMin: 90,
    peakNote: 'US West Coast day: rating projects are released and reviewed in Pacific hours.',
  },
};

/** A stored platform built from a preset (enabled, with the given id and creation time). */
export function platformFromPreset(
  preset: Exclude<PlatformPreset, 'custom'>,
  options: { id: string; now: Instant },
): Platform {
  const { peakNote: _note, ...spec } = PLATFORM_PRESETS[preset];
  return {
    ...spec,
    peakWindows: spec.peakWindows.map((w) => ({ ...w })),
    id: options.id,
    enabled: true,
    createdAt: options.now,
    updatedAt: options.now,
  };
}

/** Identifiers of the burnout rules, one per row of DOMAIN.md's table. */
export type BurnoutRuleId =
  | 'daily-hours'
  | 'weekly-hours'
  | 'very-long-week'
  | 'daily-rest'
  | 'weekly-rest'
  | 'break'
  | 'continuous-screen'
  | 'night-work'
  | 'consecutive-days'
  | 'fragmented-day'
  | 'microtask-monotony';

/** One row of the rule catalogue shown in the UI's explanation. */
export type BurnoutRuleInfo = {
  id: BurnoutRuleId;
  title: string;
  /** The default, in words. */
  rule: string;
  /** Why it matters. */
  explanation: string;
  /** Where the default comes from. */
  source: string;
  /** The thresholds the rule reads. */
  thresholds: (keyof BurnoutThresholds)[];
};

/** Every burnout rule with its default, explanation and source, in DOMAIN.md's order. */
export const BURNOUT_RULES: readonly BurnoutRuleInfo[] = [
  {
    id: 'daily-hours',
    title: 'Daily hours',
    rule: 'Warn above 8 h of work in a day; strong warning above 10 h.',
    explanation: 'Long days add up: fatigue and errors rise after a full-time day.',
    source: 'Common full-time norm.',
    thresholds: ['dailyWarnMin', 'dailyStrongMin'],
  },
  {
    id: 'weekly-hours',
    title: 'Weekly hours',
    rule: 'Warn above 40 h in a week; strong warning above 48 h.',
    explanation: 'The EU sets 48 h as the average weekly maximum, overtime included.',
    source: 'EU Working Time Directive 2003/88/EC, art. 6: 48 h average maximum.',
    thresholds: ['weeklyWarnMin', 'weeklyStrongMin'],
  },
  {
    id: 'very-long-week',
    title: 'Very long weeks',
    rule: 'Critical at 55 h or more in a week.',
    explanation:
      'Working 55 h or more a week, against 35–40 h, comes with about 35% higher risk of stroke and ' +
      '17% higher risk of dying of ischaemic heart disease.',
    source: 'WHO/ILO joint estimates, 2021 (Pega et al., Environment International).',
    thresholds: ['weeklyCriticalMin'],
  },
  {
    id: 'daily-rest',
    title: 'Daily rest',
    rule: 'At least 11 consecutive hours off between working days.',
    explanation: 'Short nights between late client calls and early work leave no time to recover.',
    source: 'EU Working Time Directive 2003/88/EC, art. 3.',
    thresholds: ['dailyRestMin'],
  },
  {
    id: 'weekly-rest',
    title: 'Weekly rest',
    rule: 'At least 24 h uninterrupted off per 7 days, on top of the 11 h daily rest (35 h in one block).',
    explanation: 'A full day off each week is the minimum the law protects.',
    source: 'EU Working Time Directive 2003/88/EC, art. 5.',
    thresholds: ['weeklyRestMin', 'dailyRestMin'],
  },
  {
    id: 'break',
    title: 'Break in a long day',
    rule: 'A break of at least 15 min when the working day is longer than 6 h.',
    explanation: 'A real pause in a long day, not only short screen breaks.',
    source: 'EU Working Time Directive 2003/88/EC, art. 4.',
    thresholds: ['breakAfterDayMin'],
  },
  {
    id: 'continuous-screen',
    title: 'Continuous screen work',
    rule: 'Warn after 90 min of screen work without a 10-min break (configurable, 50–120 min).',
    explanation:
      'Short, frequent breaks (5–10 min after 50–60 min) are better than a long break every 2 h.',
    source: 'UK HSE display-screen equipment guidance; NIOSH data-entry studies.',
    thresholds: ['continuousMaxMin', 'continuousBreakMin'],
  },
  {
    id: 'night-work',
    title: 'Night work',
    rule: 'Warn for work between 22:00 and 06:00 home time.',
    explanation: 'Client time zones push calls into your night; protect your sleep.',
    source: 'Client time zones push work into the night.',
    thresholds: ['nightStart', 'nightEnd'],
  },
  {
    id: 'consecutive-days',
    title: 'Days without rest',
    rule: 'Warn after 6 consecutive working days.',
    explanation: 'Without a day off, the weekly rest never happens.',
    source: 'Weekly rest (EU Working Time Directive 2003/88/EC, art. 5).',
    thresholds: ['maxConsecutiveDays'],
  },
  {
    id: 'fragmented-day',
    title: 'Fragmented day',
    rule: 'Warn when the first start to the last end of a day spans more than 12 h.',
    explanation: 'Split shifts across time zones stretch the day even when the hours look fine.',
    source: 'Split shifts across zones.',
    thresholds: ['fragmentedSpanMin'],
  },
  {
    id: 'microtask-monotony',
    title: 'Microtask monotony',
    rule: 'Warn above 4 h of microtasks in a day.',
    explanation: 'Repetitive tasks for hours on end are tiring and pay less as attention fades.',
    source: 'Repetitive work.',
    thresholds: ['microtaskDailyMaxMin'],
  },
];
