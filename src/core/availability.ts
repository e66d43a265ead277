/**
 * Client availability in absolute time: each client's weekday windows (in the client's zone)
 * placed in absolute time, and cut into bands on the worker's home-zone week.
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
  WeekdayWindow,
} from './types';
import {
  DAY,
  MINUTE,
  addDays,
  clockToMinutes,
  dayFromOrdinal,
  dayOrdinalAt,
  resolveLocalMs,
  weekdayOfOrdinal,
} from './time';
import { cachedDaySpan } from './day-spans';
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

/** A home day with its span: where bands are cut. */
export type HomeDay = Interval & { day: CalendarDay };

/** The `days` home days from `firstDay`, each with its span (23, 24 or 25 hours). */
export function homeDays(firstDay: CalendarDay, zone: IanaZone, days = 7): HomeDay[] {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(firstDay, i);
    return { day, ...cachedDaySpan(day, zone) };
  });
}

/** The span of consecutive home days (a week is 167–169 h around DST); null for none. */
export function spanOf(days: readonly HomeDay[]): Interval | null {
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * A client's windows on the home days `home` (homeDays: computed once when many clients are
 * drawn on the same week), split at each home midnight for drawing. A window whose client day
 * is `away` (their time off, in their zone) gives no band.
 */
export function availabilityBands(
  client: Pick<Client, 'id' | 'zone' | 'availability'>,
  home: readonly HomeDay[],
  away: ((clientDay: CalendarDay) => boolean) | null = null,
): AvailabilityBand[] {
  const week = spanOf(home);
  if (!week) return [];
  const place = zoneCity(client.zone);
  const bands: AvailabilityBand[] = [];
  // Windows come in start order: the first home day a window can touch only moves forward.
  let from = 0;
  for (const zw of windowsInRange(client.availability, client.zone, week)) {
    if (away?.(zw.day)) continue;
    let d = home[from];
    while (d && d.end <= zw.start) d = home[++from];
    // The window cut at each home midnight; only the week's days are drawn.
    for (let i = from; d && d.start < zw.end; d = home[++i]) {
      // A date the home zone skipped (Samoa's 30 Dec 2011) has an empty span: nothing to draw.
      if (d.end <= d.start) continue;
      const piece = {
        day: d.day,
        start: Math.max(zw.start, d.start),
        end: Math.min(zw.end, d.end),
      };
      bands.push(toBand(client, place, zw, piece));
    }
  }
  return bands;
}

function toBand(
  client: Pick<Client, 'id' | 'zone'>,
  place: string,
  zw: ZonedWindow,
  piece: HomeDay,
): AvailabilityBand {
  const label = `${weekdayName(zw.window.weekday)} ${zw.window.start}–${zw.window.end} ${place} time`;
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
