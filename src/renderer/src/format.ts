/**
 * Locale-aware display formatting for the window (the core stays locale-free). Times are always
 * formatted in an explicit zone, never the host's.
 */
import { toWall } from '../../core/time';
import type { CalendarDay, IanaZone, Instant } from '../../core/types';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, options);
    cache.set(key, f);
  }
  return f;
}

/** A clock time such as '14:00' or '2:00 PM' in `zone`. */
export function formatTime(instant: Instant, zone: IanaZone, clock: '12h' | '24h'): string {
  // Through the core's offset tables rather than Intl: a week draws hundreds of times in a dozen
  // zones, and building an Intl formatter per zone cost more than the whole plan.
  return formatClock(toWall(instant, zone).time, clock);
}

/** An 'HH:mm' clock string shown in the user's clock style. */
export function formatClock(time: string, clock: '12h' | '24h'): string {
  if (clock === '24h') return time;
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h >= 12 && h < 24 ? 'PM' : 'AM';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}:${String(m).padStart(2, '0')} ${suffix}`;
}

function dayDate(day: CalendarDay): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** 'Mon' for a calendar day. */
export function formatWeekday(day: CalendarDay): string {
  return formatter('wd', { timeZone: 'UTC', weekday: 'short' }).format(dayDate(day));
}

/** '23 Nov' (locale order) for a calendar day. */
export function formatDayMonth(day: CalendarDay): string {
  return formatter('dm', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(dayDate(day));
}

/** 'Mon 23 Nov 2026' for a calendar day. */
export function formatLongDay(day: CalendarDay): string {
  return formatter('ld', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(dayDate(day));
}

/** '23 – 29 Nov 2026' for a week. */
export function formatWeekRange(first: CalendarDay, last: CalendarDay): string {
  return formatter('range', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).formatRange(dayDate(first), dayDate(last));
}

/** Money and durations: the core's, so the window and the core's messages read the same. */
export { formatAmount, formatDuration, formatMoney } from '../../core/format';

/** 'New York' for 'America/New_York' (the core's, so labels match its messages). */
export { zoneCity } from '../../core/format';

/** The message of a thrown value, for an error shown to the user. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
