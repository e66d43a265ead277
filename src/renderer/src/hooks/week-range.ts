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

/** The sessions a week's plan needs, when `result` covers its context; else undefined. */
export function sessionsForWeek(
  result: SessionsResult | undefined,
  weekStart: CalendarDay,
  settings: Settings,
): MicrotaskSession[] | undefined {
  const { start, end } = weekContext(weekStart, settings);
  if (!result || result.from > start || result.to < end) return undefined;
  return result.list.filter((s) => s.end > start && s.start < end);
}
