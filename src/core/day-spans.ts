/**
 * Days and wall times as instants, for loops over many of them: a memoised day span and fast
 * converters from (day ordinal, minutes after midnight) in a zone, with time.ts's DST policy.
 */
import { DAY, MINUTE, daySpan, offsetChanges, offsetMinutes, resolveLocalMs } from './time';
import type { CalendarDay, IanaZone, Instant, Interval } from './types';

const spans = new Map<string, Interval>();
const SPAN_CACHE_MAX = 20_000;

/**
 * daySpan, memoised: the planner asks for the same home days many times per plan (fill, burnout,
 * totals) and 52 times as many per year. Pure (a day's span in a zone never changes).
 */
export function cachedDaySpan(day: CalendarDay, zone: IanaZone): Interval {
  const key = `${zone}|${day}`;
  let span = spans.get(key);
  if (!span) {
    if (spans.size >= SPAN_CACHE_MAX) spans.clear();
    span = daySpan(day, zone);
    spans.set(key, span);
  }
  return span;
}

/**
 * The instant of a wall clock `minutes` after midnight of day `ordinal` (see time.dayOrdinal) in
 * `zone`, with time.ts's DST policy. For loops over many days: no day strings are built or parsed.
 */
function wallInstant(ordinal: number, minutes: number, zone: IanaZone): Instant {
  return resolveLocalMs(ordinal * DAY + minutes * MINUTE, zone).instant;
}

/**
 * A converter from (day ordinal, minutes after midnight) to instants in `zone`, for many wall times
 * within `range`. When the zone keeps one offset from two days before to two days after the
 * range (most weeks), it is plain arithmetic; otherwise each call goes through wallInstant and
 * its DST policy.
 */
export function zoneClock(
  zone: IanaZone,
  range: Interval,
): (ordinal: number, minutes: number) => Instant {
  const margin = 2 * DAY;
  if (offsetChanges(zone, range.start - margin, range.end + margin).length > 0) {
    return (ordinal, minutes) => wallInstant(ordinal, minutes, zone);
  }
  const offset = offsetMinutes(zone, range.start) * MINUTE;
  return (ordinal, minutes) => ordinal * DAY + minutes * MINUTE - offset;
}
