/**
 * Which sessions the week view reads: the shown week's context and both neighbours' (each with
 * the days the core's rules read around it, `weekContext`), so a move to the next or previous
 * week plans from sessions already in memory instead of waiting on IndexedDB.
 */
import { weekContext } from '../../../core/plan-week';
import { addDays } from '../../../core/time';
import type { CalendarDay, Interval, MicrotaskSession, Settings } from '../../../core/types';

/** Sessions overlapping a range, tagged with the range they were read for. */
export type SessionsResult = { from: number; to: number; list: MicrotaskSession[] };

/** The span read for the week view at `weekStart`: its context and its neighbours'. */
export function weekSessionsRange(weekStart: CalendarDay, settings: Settings): Interval {
  return {
    start: weekContext(addDays(weekStart, -7), settings).start,
    end: weekContext(addDays(weekStart, 7), settings).end,
  };
}

/** The most days before a week its rules read (leadDays at the largest "days in a row", 14). */
const MAX_LEAD_DAYS = 15;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The sessions read at start-up, before the settings are known: around `now`, wide enough to
 * hold the current week's read (weekSessionsRange) in any home zone, with any week start and any
 * lead. Started beside the base data's read, so the first week does not wait for the settings
 * to arrive before its sessions are asked for (that wait cost a render and a frame).
 */
export function startupSessionsRange(now: number): Interval {
  // The current week starts at most 6 days before today, a day more across zones; its read
  // reaches back a week and the lead before that, and forward to the next week's trail day.
  return { start: now - (7 + 7 + MAX_LEAD_DAYS + 1) * DAY_MS, end: now + (1 + 7 + 7 + 1) * DAY_MS };
}

/**
 * The sessions of `result` that overlap [from, to), when it was read for a range holding all of
 * [from, to); else undefined (a session outside its range may be missing from it).
 */
export function sessionsWithin(
  result: SessionsResult | undefined,
  from: number,
  to: number,
): MicrotaskSession[] | undefined {
  if (!result || result.from > from || result.to < to) return undefined;
  return result.list.filter((s) => s.end > from && s.start < to);
}

/** The sessions a week's plan needs, when `result` covers its context; else undefined. */
export function sessionsForWeek(
  result: SessionsResult | undefined,
  weekStart: CalendarDay,
  settings: Settings,
): MicrotaskSession[] | undefined {
  const { start, end } = weekContext(weekStart, settings);
  return sessionsWithin(result, start, end);
}
