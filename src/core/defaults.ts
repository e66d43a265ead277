/**
 * Defaults the app starts from: settings, the burnout thresholds and the four platform presets,
 * so the UI and the planner read one table. The rule catalogue lives with the rules (burnout/).
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
    exchangeRates: [],
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
export const PLATFORM_PRESETS: {
  // Each spec's `preset` must be its own key, so the two can never disagree.
  readonly [P in Exclude<PlatformPreset, 'custom'>]: PlatformPresetSpec & { preset: P };
} = {
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

/** The preset ids in table order (the order the editor offers them), read off the table. */
const PLATFORM_PRESET_IDS: readonly Exclude<PlatformPreset, 'custom'>[] = Object.keys(
  PLATFORM_PRESETS,
).filter((key): key is Exclude<PlatformPreset, 'custom'> => Object.hasOwn(PLATFORM_PRESETS, key));

/** Every value a platform's `preset` may take: the table's presets, then 'custom'. */
export const PLATFORM_PRESET_CHOICES: readonly PlatformPreset[] = [
  ...PLATFORM_PRESET_IDS,
  'custom',
];

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
