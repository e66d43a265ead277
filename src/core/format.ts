/**
 * Small, locale-fixed formatters shared by the core's user-facing messages (notices, rule
 * descriptions, availability labels). English names on purpose: core messages must read the
 * same on every machine, and they never depend on the host's zone or locale.
 */
import { fromMinor, type Money } from './money';
import type { CalendarDay, IanaZone, Instant, Weekday } from './types';
import { minuteOfDay, minutesToClock, weekdayOf } from './time';

export const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Short weekday name: 'Mon'. */
export function weekdayName(weekday: Weekday): string {
  return WEEKDAY_SHORT[weekday];
}

const WEEKDAY_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Full weekday name: 'Monday'. */
export function weekdayLongName(weekday: Weekday): string {
  return WEEKDAY_LONG[weekday];
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 31st. */
export function ordinalWord(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A day with its year: '2 Mar 2026'. */
export function formatDayLong(day: CalendarDay): string {
  return `${Number(day.slice(8, 10))} ${monthName(day)} ${day.slice(0, 4)}`;
}

/** A day with its weekday, no year: 'Mon 30 Mar'. */
export function formatDayShort(day: CalendarDay): string {
  return `${weekdayName(weekdayOf(day))} ${Number(day.slice(8, 10))} ${monthName(day)}`;
}

/** The wall clock of an instant in a zone, 'HH:mm'. */
export function formatClockAt(instant: Instant, zone: IanaZone): string {
  return minutesToClock(minuteOfDay(instant, zone));
}

/** A readable place for a zone: 'America/New_York' → 'New York', 'UTC' → 'UTC'. */
export function zoneCity(zone: IanaZone): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/** A number of minutes as '6 h 30 min', '45 min' or '8 h': rounded to the minute, never negative. */
export function formatDuration(minutes: number): string {
  // Round the total first: splitting first turns 119.6 min into '1 h 60 min'.
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * A money label through Intl.NumberFormat: '$9', '£22.50', '$1,234', '¥1,000', 'KWD 1.234';
 * minor units only when there are any. The locale is fixed ('en-US') so the core's messages and
 * the window read the same on every machine; the digits follow the currency's ISO 4217 exponent.
 */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      trailingZeroDisplay: 'stripIfInteger',
      // A rounded-away cent shows as '$0', never '-$0'.
      signDisplay: 'negative',
    });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** Money held in minor units, formatted as formatMoney does. */
export function formatAmount(m: Money): string {
  return formatMoney(fromMinor(m), m.currency);
}

function monthName(day: CalendarDay): string {
  return MONTH_SHORT[Number(day.slice(5, 7)) - 1] ?? '???';
}
