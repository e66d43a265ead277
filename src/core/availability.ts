/**
 * Client availability in absolute time: each client's weekday windows (in the client's zone)
 * placed on the worker's home-zone week, their overlap with the worker's working hours, and
 * whether a client is reachable at a given instant.
 *
 * Windows are resolved day by day in their own zone through time.ts, so a 09:00–17:00 New York
 * window stays 09:00–17:00 New York time across DST changes and moves on the home clock instead.
 */
import type {
  CalendarDay,
  Client,
  ClockTime,
  IanaZone,
  Instant,
  Interval,
  Settings,
  WeekdayWindow,
} from './types';
import {
  DAY,
  MINUTE,
  addDays,
  clockToMinutes,
  dayFromOrdinal,
  dayOrdinalAt,
  daySpan,
  resolveLocalMs,
  toWall,
  weekdayOfOrdinal,
} from './time';
import { formatClockAt, weekdayName, zoneCity } from './format';

/** One window on one of its owner's days, placed in absolute time. */
export type ZonedWindow = {
  /** The owner's day the window belongs to (its start day), in the owner's zone. */
  day: CalendarDay;
  window: WeekdayWindow;
  start: Instant;
  end: Instant;
};

/** A client window cut to one home day, ready to draw as a band in the week view. */
export type AvailabilityBand = {
  clientId: string;
  homeDay: CalendarDay;
  /** This piece, within homeDay. */
  start: Instant;
  end: Instant;
  /** The whole window the piece comes from (may cross the home midnight). */
  window: Interval;
  /** The client's day and the piece's clock times in the client's zone. */
  clientDay: CalendarDay;
  clientStart: ClockTime;
  clientEnd: ClockTime;
  /** 'Mon 09:00–17:30 New York time': the whole window as the client states it. */
  label: string;
  continuesFromPreviousDay: boolean;
  continuesToNextDay: boolean;
};

/** A client's reachable time that also lies inside the worker's working hours. */
export type ClientOverlap = { clientId: string; intervals: Interval[]; totalMin: number };

/** Whether a client is open at an instant, and when that next changes (null: not within 8 days). */
export type AvailabilityStatus = {
  open: boolean;
  /** The merged open span containing `at` when open, else the next one (or null). */
  window: Interval | null;
  nextChange: Instant | null;
};

/** The span of `days` home days from `firstDay` (a week by default), 167–169 h around DST. */
export function weekSpan(firstDay: CalendarDay, zone: IanaZone, days = 7): Interval {
  return {
    start: daySpan(firstDay, zone).start,
    end: daySpan(addDays(firstDay, days - 1), zone).end,
  };
}

/**
 * Weekday windows defined in `zone`, placed in absolute time, for every owner's day that can
 * overlap `range` (not clipped). '24:00' ends at the next midnight; an end at or before the
 * start means the window runs past midnight into the next day; an empty window is dropped.
 */
export function windowsInRange(
  windows: readonly WeekdayWindow[],
  zone: IanaZone,
  range: Interval,
): ZonedWindow[] {
  const out: ZonedWindow[] = [];
  if (windows.length === 0) return out;
  // One day of margin before: yesterday's overnight window can run into the range.
  const first = dayOrdinalAt(range.start, zone) - 1;
  const last = dayOrdinalAt(range.end, zone);
  for (let ord = first; ord <= last; ord++) {
    const weekday = weekdayOfOrdinal(ord);
    for (const w of windows) {
      if (w.weekday !== weekday) continue;
      const placed = placeWindow(w, ord, zone);
      if (placed && placed.end > range.start && placed.start < range.end) out.push(placed);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function placeWindow(w: WeekdayWindow, ord: number, zone: IanaZone): ZonedWindow | null {
  const startMin = clockToMinutes(w.start);
  let endMin = clockToMinutes(w.end);
  if (endMin === startMin) return null;
  if (endMin < startMin) endMin += 1440;
  // Both ends go through the DST policy: an end inside a spring-forward gap moves later with
  // it, and an ambiguous end takes the earlier instant, like any other wall time.
  const start = resolveLocalMs(ord * DAY + startMin * MINUTE, zone).instant;
  const end = resolveLocalMs(ord * DAY + endMin * MINUTE, zone).instant;
  if (end <= start) return null;
  return { day: dayFromOrdinal(ord), window: w, start, end };
}

/** A client's windows on a home-zone week, split at each home midnight for drawing. */
export function availabilityBands(
  client: Pick<Client, 'id' | 'zone' | 'availability'>,
  weekStart: CalendarDay,
  homeZone: IanaZone,
  days = 7,
): AvailabilityBand[] {
  const week = weekSpan(weekStart, homeZone, days);
  const bands: AvailabilityBand[] = [];
  for (const zw of windowsInRange(client.availability, client.zone, week)) {
    for (const piece of splitByDay({ start: zw.start, end: zw.end }, homeZone)) {
      if (piece.end <= week.start || piece.start >= week.end) continue;
      bands.push(toBand(client, zw, piece));
    }
  }
  return bands;
}

function toBand(
  client: Pick<Client, 'id' | 'zone'>,
  zw: ZonedWindow,
  piece: Interval & { day: CalendarDay },
): AvailabilityBand {
  const label = `${weekdayName(zw.window.weekday)} ${zw.window.start}–${zw.window.end} ${zoneCity(client.zone)} time`;
  return {
    clientId: client.id,
    homeDay: piece.day,
    start: piece.start,
    end: piece.end,
    window: { start: zw.start, end: zw.end },
    clientDay: zw.day,
    clientStart: formatClockAt(piece.start, client.zone),
    // The end of a piece is exclusive: show 24:00 rather than 00:00 when it ends at midnight.
    clientEnd: endClock(piece.end, client.zone),
    label,
    continuesFromPreviousDay: piece.start > zw.start,
    continuesToNextDay: piece.end < zw.end,
  };
}

function endClock(end: Instant, zone: IanaZone): ClockTime {
  const clock = formatClockAt(end, zone);
  return clock === '00:00' ? '24:00' : clock;
}

/** Cuts an interval at each midnight of `zone` (days of 23, 24 or 25 hours). */
export function splitByDay(
  interval: Interval,
  zone: IanaZone,
): (Interval & { day: CalendarDay })[] {
  const out: (Interval & { day: CalendarDay })[] = [];
  let start = interval.start;
  while (start < interval.end) {
    const day = toWall(start, zone).date;
    const end = Math.min(interval.end, daySpan(day, zone).end);
    // Defensive: a day always ends after any instant in it, but never loop on bad zone data.
    if (end <= start) break;
    out.push({ day, start, end });
    start = end;
  }
  return out;
}

/** The worker's working hours (home zone) as merged absolute intervals within `range`. */
export function workingIntervals(
  settings: Pick<Settings, 'homeZone' | 'workingHours'>,
  range: Interval,
): Interval[] {
  return clip(merge(windowsInRange(settings.workingHours, settings.homeZone, range)), range);
}

/** Where each client's availability meets the worker's working hours within `range`. */
export function workingOverlap(
  clients: readonly Pick<Client, 'id' | 'zone' | 'availability'>[],
  settings: Pick<Settings, 'homeZone' | 'workingHours'>,
  range: Interval,
): ClientOverlap[] {
  const working = workingIntervals(settings, range);
  return clients.map((c) => {
    const open = clip(merge(windowsInRange(c.availability, c.zone, range)), range);
    const intervals = intersect(open, working);
    const totalMin = intervals.reduce((sum, i) => sum + (i.end - i.start) / MINUTE, 0);
    return { clientId: c.id, intervals, totalMin };
  });
}

/** Is the client open at `at`, and when does that change (searching 8 days ahead)? */
export function availabilityStatus(
  client: Pick<Client, 'zone' | 'availability'>,
  at: Instant,
): AvailabilityStatus {
  const horizon = { start: at - 2 * DAY, end: at + 8 * DAY };
  const spans = merge(windowsInRange(client.availability, client.zone, horizon));
  for (const s of spans) {
    if (s.start <= at && at < s.end) {
      // A span reaching the horizon (open around the clock) has no change we can name.
      return { open: true, window: s, nextChange: s.end >= horizon.end ? null : s.end };
    }
    if (s.start > at) return { open: false, window: s, nextChange: s.start };
  }
  return { open: false, window: null, nextChange: null };
}

/** Sorted, non-overlapping intervals; touching ones are joined (Mon 24:00 meets Tue 00:00). */
export function merge(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** The overlap of two sorted, merged interval lists. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

function clip(list: readonly Interval[], range: Interval): Interval[] {
  const out: Interval[] = [];
  for (const i of list) {
    const start = Math.max(i.start, range.start);
    const end = Math.min(i.end, range.end);
    if (start < end) out.push({ start, end });
  }
  return out;
}
