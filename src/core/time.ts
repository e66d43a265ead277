/**
 * The only place where wall times and instants are converted. Host-zone independent: every
 * computation uses explicit IANA zones through Intl (via @date-fns/tz) and UTC arithmetic.
 *
 * DST policy (RFC 5545): a wall time that does not exist (spring-forward gap) moves later by the
 * length of the gap; an ambiguous one (fall-back overlap) takes the earlier instant.
 *
 * The offset tables and the conversions that read them stay in this one module: they are the
 * planner's hottest path, and a call across modules (through the test runner's module system,
 * where the benchmarks run) made a week's plan ~20% slower. Zone names live in zones.ts.
 */
import { tzOffset } from '@date-fns/tz';
import type { CalendarDay, ClockTime, IanaZone, Instant, WallTime, Weekday } from './types';

export { isValidZone, listZones } from './zones';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;

// ---------------------------------------------------------------------------------------------
// Zones and offsets
// ---------------------------------------------------------------------------------------------

/**
 * A sorted list of offset changes covering one UTC month [from, to): offsets[i] applies from
 * starts[i] onwards (starts[0] lies a little before `from`). Months rather than quarters or
 * years: a week view with its context touches one or two, so a cold start asks Intl for a
 * month's samples per zone (about 6) instead of a quarter's (about 15). Those look-ups were the
 * largest single cost of the first week painted with many client zones.
 */
type OffsetTable = { from: Instant; to: Instant; starts: Instant[]; offsets: number[] };

/** Per zone: every month built so far (by year × 12 + month), and the one used last. */
type ZoneCache = { months: Map<number, OffsetTable>; last: OffsetTable | null };

const zoneCaches = new Map<string, ZoneCache>();
// A week: offsets are sampled weekly and each change is bisected to the minute. Current IANA
// data has no zone that changes its offset and changes back within seven days; sampling every
// 12 hours instead made the first plan of a session spend ~60 ms in Intl per zone-year.
const SCAN_STEP = 7 * DAY;

function rawOffset(zone: IanaZone, instant: Instant): number {
  // tzOffset can return fractional minutes for historic LMT offsets; round to whole minutes.
  return Math.round(tzOffset(zone, new Date(instant)));
}

/** The month index (year × 12 + month) of an instant, in UTC. */
function monthOf(instant: Instant): number {
  const d = new Date(instant);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first instant of a month index. */
function monthStart(month: number): Instant {
  return Date.UTC(Math.floor(month / 12), month % 12, 1);
}

function buildTable(zone: IanaZone, month: number): OffsetTable {
  // Scan a little beyond the month so conversions near its edges never need a second table.
  const periodStart = monthStart(month);
  const periodEnd = monthStart(month + 1);
  const from = periodStart - 2 * DAY;
  const to = periodEnd + 2 * DAY;
  const starts: Instant[] = [from];
  const offsets: number[] = [rawOffset(zone, from)];
  let prevT = from;
  let prevOff = offsets[0] as number;
  for (let step = from + SCAN_STEP; prevT < to; step += SCAN_STEP) {
    // The last sample lands exactly on `to`, so the margin after the month is always scanned.
    const t = Math.min(step, to);
    const off = rawOffset(zone, t);
    if (off !== prevOff) {
      // Bisect to the minute at which the new offset starts.
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (rawOffset(zone, mid) === prevOff) lo = mid;
        else hi = mid;
      }
      starts.push(hi);
      offsets.push(off);
      prevOff = off;
    }
    prevT = t;
  }
  return { from: periodStart, to: periodEnd, starts, offsets };
}

function tableFor(zone: IanaZone, instant: Instant): OffsetTable {
  let cache = zoneCaches.get(zone);
  if (!cache) {
    cache = { months: new Map(), last: null };
    zoneCaches.set(zone, cache);
  }
  const last = cache.last;
  if (last && instant >= last.from && instant < last.to) return last;
  const month = monthOf(instant);
  let table = cache.months.get(month);
  if (!table) {
    table = buildTable(zone, month);
    cache.months.set(month, table);
  }
  cache.last = table;
  return table;
}

/** Offset of `zone` from UTC at `instant`, in minutes east (Manila → 480, New York → -300/-240). */
export function offsetMinutes(zone: IanaZone, instant: Instant): number {
  const { starts, offsets } = tableFor(zone, instant);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= instant) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo] as number;
}

/** The instants within [from, to) at which `zone` changes its offset, with the offsets around them. */
export function offsetChanges(
  zone: IanaZone,
  from: Instant,
  to: Instant,
): { at: Instant; before: number; after: number }[] {
  const out: { at: Instant; before: number; after: number }[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month++) {
    const table = tableFor(zone, monthStart(month) + 14 * DAY);
    const { starts, offsets } = table;
    for (let i = 1; i < starts.length; i++) {
      const at = starts[i] as number;
      // Each change is reported by the month it falls in (the tables overlap at the edges).
      if (at >= from && at < to && at >= table.from && at < table.to) {
        out.push({ at, before: offsets[i - 1] as number, after: offsets[i] as number });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Calendar days and clock times
// ---------------------------------------------------------------------------------------------

/** True for a real 'yyyy-MM-dd' day (rejects '2026-02-30'). */
export function isValidDay(day: unknown): day is CalendarDay {
  if (typeof day !== 'string') return false;
  const m = DAY_RE.exec(day);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** True for 'HH:mm' between 00:00 and 23:59; with `allow24`, '24:00' too (a window end). */
export function isValidClock(time: unknown, options?: { allow24?: boolean }): time is ClockTime {
  if (typeof time !== 'string') return false;
  const m = CLOCK_RE.exec(time);
  if (!m) return false;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (options?.allow24 && h === 24 && mi === 0) return true;
  return h < 24 && mi < 60;
}

/** Minutes since midnight for 'HH:mm' ('24:00' → 1440). */
export function clockToMinutes(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** 'HH:mm' for minutes since midnight (0–1440). */
export function minutesToClock(minutes: number): ClockTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** UTC midnight of a calendar day, as a number for day arithmetic (not an instant of any zone). */
function dayNumber(day: CalendarDay): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return ordinalFromCivil(y, m, d) * DAY;
}

function dayFromNumber(n: number): CalendarDay {
  return civilFromOrdinal(Math.floor(n / DAY));
}

// Calendar arithmetic on the proleptic Gregorian calendar in 400-year eras, done by hand rather
// than through Date: these run in the planner's inner loops, where Date parsing and
// toISOString were the dominant cost. Years are counted from March so the leap day is last.
function ordinalFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromOrdinal(ordinal: number): CalendarDay {
  const z = ordinal + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Days since 1970-01-01 for a calendar day: an integer for fast day arithmetic in loops. */
export function dayOrdinal(day: CalendarDay): number {
  return Math.round(dayNumber(day) / DAY);
}

/** The calendar day for a day ordinal (inverse of dayOrdinal). */
export function dayFromOrdinal(ordinal: number): CalendarDay {
  return dayFromNumber(ordinal * DAY);
}

/** Weekday of a day ordinal, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfOrdinal(ordinal: number): Weekday {
  return WEEKDAYS[(((ordinal + 4) % 7) + 7) % 7] as Weekday;
}

/** The day `n` days after `day` (negative n goes back). */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  return dayFromNumber(dayNumber(day) + n * DAY);
}

/** Whole days from `a` to `b` (b − a). */
export function diffDays(a: CalendarDay, b: CalendarDay): number {
  return Math.round((dayNumber(b) - dayNumber(a)) / DAY);
}

/** Weekday of a calendar day, 0 = Sunday. */
export function weekdayOf(day: CalendarDay): Weekday {
  return weekdayOfOrdinal(dayOrdinal(day));
}

/** The first day of the week containing `day`, for a week starting on `weekStart`. */
export function startOfWeek(day: CalendarDay, weekStart: Weekday): CalendarDay {
  const back = (weekdayOf(day) - weekStart + 7) % 7;
  return addDays(day, -back);
}

// ---------------------------------------------------------------------------------------------
// Wall time ⇄ instant
// ---------------------------------------------------------------------------------------------

/** How a wall time was resolved: as written, moved later out of a DST gap, or the earlier of two. */
export type Resolution = 'exact' | 'gap' | 'ambiguous';

export type ResolvedInstant = {
  instant: Instant;
  resolution: Resolution;
  /** For 'gap': how many minutes the wall time was moved later. Otherwise 0. */
  shiftMin: number;
};

/** Converts a wall time to an instant with the DST policy above, saying what happened. */
export function resolveWallTime(wall: WallTime): ResolvedInstant {
  const local = dayNumber(wall.date) + clockToMinutes(wall.time) * MINUTE;
  return resolveLocalMs(local, wall.zone);
}

/**
 * Like resolveWallTime for a wall clock given as milliseconds "as if it were UTC" (a day
 * ordinal × DAY + minutes × MINUTE): saves parsing strings in expansion loops.
 */
export function resolveLocalMs(local: number, zone: IanaZone): ResolvedInstant {
  // The offsets a day either side bracket any change near this wall time (offsets are within
  // ±14 h, so the true instant lies well inside that window).
  const before = offsetMinutes(zone, local - DAY);
  const after = offsetMinutes(zone, local + DAY);
  const early = local - before * MINUTE;
  const earlyOk = offsetMinutes(zone, early) === before;
  if (before === after) {
    if (earlyOk) return { instant: early, resolution: 'exact', shiftMin: 0 };
  } else {
    const late = local - after * MINUTE;
    const lateOk = offsetMinutes(zone, late) === after;
    if (earlyOk && lateOk) {
      // Fall-back overlap: the wall time happens twice; RFC 5545 takes the earlier instant.
      return { instant: Math.min(early, late), resolution: 'ambiguous', shiftMin: 0 };
    }
    if (earlyOk) return { instant: early, resolution: 'exact', shiftMin: 0 };
    if (lateOk) return { instant: late, resolution: 'exact', shiftMin: 0 };
  }
  // In a gap: read the wall time with the offset in force before the change, which lands the
  // same distance after the change as the wall time is after the gap's start.
  return { instant: early, resolution: 'gap', shiftMin: after - before };
}

/** Converts a wall time to an instant (see resolveWallTime for the DST policy). */
export function toInstant(date: CalendarDay, time: ClockTime, zone: IanaZone): Instant {
  return resolveWallTime({ date, time, zone }).instant;
}

/** The wall time of an instant in a zone. */
export function toWall(instant: Instant, zone: IanaZone): WallTime {
  const local = instant + offsetMinutes(zone, instant) * MINUTE;
  const minute = Math.floor((local - Math.floor(local / DAY) * DAY) / MINUTE);
  return { date: dayFromNumber(local), time: minutesToClock(minute), zone };
}

/** The day ordinal (see dayOrdinal) of an instant's calendar day in a zone. */
export function dayOrdinalAt(instant: Instant, zone: IanaZone): number {
  return Math.floor((instant + offsetMinutes(zone, instant) * MINUTE) / DAY);
}

/** The calendar day of an instant in a zone. */
export function dayOf(instant: Instant, zone: IanaZone): CalendarDay {
  return dayFromNumber(instant + offsetMinutes(zone, instant) * MINUTE);
}

/** Minutes since local midnight of an instant in a zone (wall clock, 0–1439). */
export function minuteOfDay(instant: Instant, zone: IanaZone): number {
  const local = instant + offsetMinutes(zone, instant) * MINUTE;
  return Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
}

/** The instant a calendar day starts in a zone (its first existing minute). */
export function startOfDay(day: CalendarDay, zone: IanaZone): Instant {
  return toInstant(day, '00:00', zone);
}

/** The span of a calendar day in a zone: 23, 24 or 25 hours long around DST changes. */
export function daySpan(day: CalendarDay, zone: IanaZone): { start: Instant; end: Instant } {
  return { start: startOfDay(day, zone), end: startOfDay(addDays(day, 1), zone) };
}

/** A short offset label such as 'UTC+5:45' or 'UTC−4'. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}
