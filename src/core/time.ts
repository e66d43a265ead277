/**
 * The only place where wall times and instants are converted. Host-zone independent: every
 * computation uses explicit IANA zones through Intl (via @date-fns/tz) and UTC arithmetic.
 *
 * DST policy (RFC 5545): a wall time that does not exist (spring-forward gap) moves later by the
 * length of the gap; an ambiguous one (fall-back overlap) takes the earlier instant.
 */
import { tzOffset } from '@date-fns/tz';
import type { CalendarDay, ClockTime, IanaZone, Instant, WallTime, Weekday } from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;

// ---------------------------------------------------------------------------------------------
// Zones and offsets
// ---------------------------------------------------------------------------------------------

const zoneValidity = new Map<string, boolean>();

/** True when the runtime knows `zone` as a time zone. */
export function isValidZone(zone: unknown): zone is IanaZone {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let ok = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone);
  if (ok) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      ok = false;
    }
  }
  zoneValidity.set(zone, ok);
  return ok;
}

/** Every IANA zone the runtime knows, sorted, with 'UTC' included. */
export function listZones(): IanaZone[] {
  const zones = new Set<string>(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  return [...zones].sort();
}

/** A sorted list of offset changes within one UTC year: offset applies from `from` onwards. */
type OffsetTable = { starts: Instant[]; offsets: number[] };

const tables = new Map<string, OffsetTable>();
// Half a day: no zone in current IANA data changes its offset twice within 12 hours.
const SCAN_STEP = 12 * HOUR;

function rawOffset(zone: IanaZone, instant: Instant): number {
  // tzOffset can return fractional minutes for historic LMT offsets; round to whole minutes.
  return Math.round(tzOffset(zone, new Date(instant)));
}

function buildTable(zone: IanaZone, year: number): OffsetTable {
  // Scan a little beyond the year so conversions near its edges never need a second table.
  const from = Date.UTC(year, 0, 1) - 2 * DAY;
  const to = Date.UTC(year + 1, 0, 1) + 2 * DAY;
  const starts: Instant[] = [from];
  const offsets: number[] = [rawOffset(zone, from)];
  let prevT = from;
  let prevOff = offsets[0] as number;
  for (let t = from + SCAN_STEP; t <= to; t += SCAN_STEP) {
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
  return { starts, offsets };
}

function tableFor(zone: IanaZone, instant: Instant): OffsetTable {
  const year = new Date(instant).getUTCFullYear();
  const key = `${zone}|${year}`;
  let table = tables.get(key);
  if (!table) {
    table = buildTable(zone, year);
    tables.set(key, table);
  }
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
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(to).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    const { starts, offsets } = tableFor(zone, Date.UTC(year, 6, 1));
    for (let i = 1; i < starts.length; i++) {
      const at = starts[i] as number;
      if (at >= from && at < to && new Date(at).getUTCFullYear() === year) {
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
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function dayFromNumber(n: number): CalendarDay {
  return new Date(n).toISOString().slice(0, 10);
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
  return new Date(dayNumber(day)).getUTCDay() as Weekday;
}

/** The first day of the week containing `day`, for a week starting on `weekStart`. */
export function startOfWeek(day: CalendarDay, weekStart: Weekday): CalendarDay {
  const back = (weekdayOf(day) - weekStart + 7) % 7;
  return addDays(day, -back);
}

/** The days from `from` to `to` inclusive. */
export function daysBetween(from: CalendarDay, to: CalendarDay): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
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
  const before = offsetMinutes(wall.zone, local - DAY);
  const after = offsetMinutes(wall.zone, local + DAY);
  const valid: Instant[] = [];
  for (const candidate of before === after ? [before] : [before, after]) {
    const instant = local - candidate * MINUTE;
    if (offsetMinutes(wall.zone, instant) === candidate) valid.push(instant);
  }
  if (valid.length === 1) return { instant: valid[0] as Instant, resolution: 'exact', shiftMin: 0 };
  if (valid.length === 2) {
    return { instant: Math.min(...valid), resolution: 'ambiguous', shiftMin: 0 };
  }
  // In a gap: read the wall time with the offset in force before the change, which lands the
  // same distance after the change as the wall time is after the gap's start.
  const instant = local - before * MINUTE;
  return { instant, resolution: 'gap', shiftMin: after - before };
}

/** Converts a wall time to an instant (see resolveWallTime for the DST policy). */
export function toInstant(date: CalendarDay, time: ClockTime, zone: IanaZone): Instant {
  return resolveWallTime({ date, time, zone }).instant;
}

/** The wall time of an instant in a zone. */
export function toWall(instant: Instant, zone: IanaZone): WallTime {
  const local = new Date(instant + offsetMinutes(zone, instant) * MINUTE);
  const iso = local.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), zone };
}

/** The calendar day of an instant in a zone. */
export function dayOf(instant: Instant, zone: IanaZone): CalendarDay {
  return new Date(instant + offsetMinutes(zone, instant) * MINUTE).toISOString().slice(0, 10);
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
