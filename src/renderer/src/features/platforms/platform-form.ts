/**
 * The platform editor's form state and its pure conversions: from a stored platform or a preset
 * to the form, from the form to a draft for the validator, and the summaries the list and the
 * peak-hours table show (peak hours in their zone, and the same hours in the home zone).
 */
import { PLATFORM_PRESET_CHOICES, PLATFORM_PRESETS } from '../../../../core/defaults';
import {
  addDays,
  dayOf,
  isValidClock,
  isValidZone,
  startOfWeek,
  toInstant,
  toWall,
  weekdayOf,
} from '../../../../core/time';
import type { Platform, PlatformPreset, Weekday, WeekdayWindow } from '../../../../core/types';
import { parseNumber } from '../../components/form-values';
import { formatClock, zoneCity } from '../../format';
import { PALETTE, WEEKDAY_ORDER, WEEKDAY_SHORT } from '../../ui-constants';
import { rowsFromWindows, rowsToWindows, type DayRow } from '../../components/weekday-rows';

export type PlatformForm = {
  preset: PlatformPreset;
  name: string;
  color: string;
  /** Expected hourly pay as typed. */
  rate: string;
  currency: string;
  peakZone: string;
  rows: DayRow[];
  minSession: string;
  maxSession: string;
  enabled: boolean;
};

type Clock = '12h' | '24h';

/** Where the editor shows each error inline ('preset' on the preset choice). */
export const PLATFORM_FIELD_PATHS = [
  'name',
  'color',
  'hourlyRate',
  'currency',
  'peakZone',
  'peakWindows',
  'minSessionMin',
  'maxSessionMin',
] as const;

/** The presets in the order the editor offers them. */
export const PRESET_CHOICES: readonly { id: PlatformPreset; label: string }[] =
  PLATFORM_PRESET_CHOICES.map((id) => ({
    id,
    label: id === 'custom' ? 'Custom' : PLATFORM_PRESETS[id].name,
  }));

const DEFAULT_TIMES = { start: '09:00', end: '17:00' };

/** The form for an existing platform, or a blank custom one peaking in the home zone. */
export function platformToForm(
  platform: Platform | null,
  options: { defaultCurrency: string; homeZone: string },
): PlatformForm {
  if (!platform) {
    return {
      preset: 'custom',
      name: '',
      color: PALETTE[2],
      rate: '',
      currency: options.defaultCurrency,
      peakZone: options.homeZone,
      rows: rowsFromWindows([], DEFAULT_TIMES),
      minSession: '30',
      maxSession: '90',
      enabled: true,
    };
  }
  return {
    preset: platform.preset,
    name: platform.name,
    color: platform.color,
    rate: String(platform.hourlyRate),
    currency: platform.currency,
    peakZone: platform.peakZone,
    rows: rowsFromWindows(platform.peakWindows, DEFAULT_TIMES),
    minSession: String(platform.minSessionMin),
    maxSession: String(platform.maxSessionMin),
    enabled: platform.enabled,
  };
}

/** The form filled from a preset; 'custom' keeps what is there and only marks it custom. */
export function applyPreset(form: PlatformForm, preset: PlatformPreset): PlatformForm {
  if (preset === 'custom') return { ...form, preset };
  const spec = PLATFORM_PRESETS[preset];
  return {
    ...form,
    preset,
    name: spec.name,
    color: spec.color,
    rate: String(spec.hourlyRate),
    currency: spec.currency,
    peakZone: spec.peakZone,
    rows: rowsFromWindows(spec.peakWindows, DEFAULT_TIMES),
    minSession: String(spec.minSessionMin),
    maxSession: String(spec.maxSessionMin),
  };
}

/** Why the preset's peak hours are what they are, or null for a custom platform. */
export function presetNote(preset: PlatformPreset): string | null {
  return preset === 'custom' ? null : PLATFORM_PRESETS[preset].peakNote;
}

/** The draft the validator checks (`validatePlatform`): nothing is trusted from the form. */
export function formToPlatformDraft(form: PlatformForm): Record<string, unknown> {
  return {
    name: form.name,
    preset: form.preset,
    color: form.color,
    hourlyRate: parseNumber(form.rate),
    currency: form.currency,
    peakZone: form.peakZone.trim(),
    peakWindows: rowsToWindows(form.rows),
    minSessionMin: parseNumber(form.minSession),
    maxSessionMin: parseNumber(form.maxSession),
    enabled: form.enabled,
  };
}

function dayRange(days: readonly Weekday[]): string {
  const first = days[0] as Weekday;
  const last = days[days.length - 1] as Weekday;
  if (days.length === 1) return WEEKDAY_SHORT[first];
  return days.length === 2
    ? `${WEEKDAY_SHORT[first]}, ${WEEKDAY_SHORT[last]}`
    : `${WEEKDAY_SHORT[first]}–${WEEKDAY_SHORT[last]}`;
}

/** 'Mon–Fri 09:00–17:00' (days with the same hours grouped, Monday first), or 'No peak hours'. */
export function peakSummary(windows: readonly WeekdayWindow[], clock: Clock): string {
  const keyOf = (weekday: Weekday) =>
    windows
      .filter((w) => w.weekday === weekday)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((w) => `${formatClock(w.start, clock)}–${formatClock(w.end, clock)}`)
      .join(', ');
  const groups: { days: Weekday[]; hours: string }[] = [];
  let previous = '';
  for (const weekday of WEEKDAY_ORDER) {
    const hours = keyOf(weekday);
    const last = groups[groups.length - 1];
    if (hours && hours === previous && last) last.days.push(weekday);
    else if (hours) groups.push({ days: [weekday], hours });
    previous = hours;
  }
  if (groups.length === 0) return 'No peak hours';
  return groups.map((g) => `${dayRange(g.days)} ${g.hours}`).join('; ');
}

/**
 * The same weekly window seen from the home zone, e.g. 'Mon 22:00 – Tue 06:00 in Manila', for
 * the week around `now` (so the offsets are the ones in force this week, DST included). Null when
 * the zones are the same or a value is not valid yet.
 */
export function homeEquivalent(input: {
  weekday: Weekday;
  start: string;
  end: string;
  zone: string;
  homeZone: string;
  now: number;
  clock: Clock;
}): string | null {
  const { weekday, start, zone, homeZone, clock } = input;
  const end = input.end === '00:00' ? '24:00' : input.end;
  if (zone === homeZone || !isValidZone(zone) || !isValidZone(homeZone)) return null;
  if (!isValidClock(start) || !isValidClock(end, { allow24: true }) || end <= start) return null;
  const monday = startOfWeek(dayOf(input.now, zone), 1);
  const date = addDays(monday, (weekday + 6) % 7);
  const from = toWall(toInstant(date, start, zone), homeZone);
  const until = toWall(
    end === '24:00' ? toInstant(addDays(date, 1), '00:00', zone) : toInstant(date, end, zone),
    homeZone,
  );
  const day = (d: string) => WEEKDAY_SHORT[weekdayOf(d)];
  const fromText = `${day(from.date)} ${formatClock(from.time, clock)}`;
  // Ending exactly at the home midnight reads better as the same day's 24:00 / 12:00 AM.
  const sameDay =
    until.date === from.date || (until.time === '00:00' && until.date === addDays(from.date, 1));
  const span = sameDay
    ? `${fromText}–${formatClock(until.time, clock)}`
    : `${fromText} – ${day(until.date)} ${formatClock(until.time, clock)}`;
  return `${span} in ${zoneCity(homeZone)}`;
}
