/**
 * What both passes of gap filling read: the input, the home days of the week, the platforms'
 * peak hours, client work and the merged fixed work, built once per call.
 */
import { mergeIntervals } from '../intervals';
import { cachedDaySpan, zoneClock } from '../day-spans';
import { DAY, MINUTE, addDays, clockToMinutes, dayOrdinal, weekdayOfOrdinal } from '../time';
import type { CalendarDay, Instant, Interval, Platform } from '../types';
import type { FillInput } from './input';

/** Sessions start and end on a 5-minute grid, preferably on the quarter hour. */
export const SNAP = 5 * MINUTE;
export const SNAP_PREFERRED = 15 * MINUTE;

export type Day = { day: CalendarDay; ord: number; index: number; start: Instant; end: Instant };
export type Fixed = Interval & { title: string | null };
export type Candidate = {
  dayIndex: number;
  start: Instant;
  end: Instant;
  platform: Platform;
  pf: number;
};
export type Ctx = {
  input: FillInput;
  days: Day[];
  platforms: Platform[];
  peaks: Map<string, Interval[]>;
  clientWork: Fixed[];
  chains: Interval[];
  /** Client work, accepted sessions and busy time that counts as work, merged. */
  work: Interval[];
  /** Every busy event of the worker's other calendars, merged: no proposal overlaps one. */
  busy: Interval[];
  /** (day ordinal, minutes) → instant in the home zone. */
  homeClock: (ordinal: number, minutes: number) => Instant;
  minLen: number;
};

export const ceilTo = (t: Instant, step: number): Instant => Math.ceil(t / step) * step;
export const floorTo = (t: Instant, step: number): Instant => Math.floor(t / step) * step;

/** The shared context of one gap-filling call over the enabled, usable `platforms`. */
export function buildContext(input: FillInput, platforms: Platform[]): Ctx {
  const zone = input.settings.homeZone;
  const days: Day[] = [];
  const first = dayOrdinal(input.weekStart);
  for (let i = 0; i < (input.dayCount ?? 7); i++) {
    const day = addDays(input.weekStart, i);
    const span = cachedDaySpan(day, zone);
    days.push({ day, ord: first + i, index: i, start: span.start, end: span.end });
  }
  const clientWork: Fixed[] = input.occurrences
    .filter((o) => o.end > o.start)
    .map((o) => ({ start: o.start, end: o.end, title: o.title }))
    .sort((a, b) => a.start - b.start);
  const busy = (input.busy ?? []).filter((b) => b.end > b.start);
  const work = [...clientWork, ...input.sessions, ...busy.filter((b) => b.countsAsWork)];
  const peaks = new Map(
    platforms.map((p) => [p.id, peakIntervals(p, input.weekStart, days.length)]),
  );
  const week = { start: days[0]?.start ?? 0, end: days[days.length - 1]?.end ?? 0 };
  return {
    input,
    homeClock: zoneClock(zone, week),
    days,
    platforms,
    peaks,
    clientWork,
    chains: mergeIntervals(work, input.settings.burnout.continuousBreakMin * MINUTE),
    work: mergeIntervals(work),
    busy: mergeIntervals(busy),
    minLen: Math.min(...platforms.map((p) => p.minSessionMin)) * MINUTE,
  };
}

/** A platform's peak windows as instants over the home week (with a day either side). */
function peakIntervals(p: Platform, weekStart: CalendarDay, dayCount: number): Interval[] {
  const out: Interval[] = [];
  const first = dayOrdinal(weekStart);
  const at = zoneClock(p.peakZone, { start: (first - 1) * DAY, end: (first + dayCount + 1) * DAY });
  const windows = p.peakWindows.map((w) => ({
    weekday: w.weekday,
    start: clockToMinutes(w.start),
    end: clockToMinutes(w.end),
  }));
  for (let ord = first - 1; ord <= first + dayCount; ord++) {
    const wd = weekdayOfOrdinal(ord);
    for (const w of windows) {
      if (w.weekday !== wd) continue;
      out.push({
        start: at(ord, w.start),
        end: at(ord, w.end),
      });
    }
  }
  return mergeIntervals(out);
}
