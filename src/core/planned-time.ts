/**
 * Planned working time, the one definition the week view's totals and the tray's "today" line
 * share: client work and accepted sessions merged into one timeline, so time where two items
 * overlap is counted once.
 */
import { coveredMs, mergeIntervals } from './intervals';
import { MINUTE, dayOf, daySpan } from './time';
import type { IanaZone, Instant, Interval } from './types';

/** Client work and sessions as sorted, disjoint intervals of planned work. */
export function plannedWork(
  occurrences: readonly Interval[],
  sessions: readonly Interval[],
): Interval[] {
  return mergeIntervals([...occurrences, ...sessions]);
}

/** Minutes of planned work on the home-zone calendar day that contains `now`. */
export function todayPlannedMin(
  occurrences: readonly Interval[],
  sessions: readonly Interval[],
  now: Instant,
  zone: IanaZone,
): number {
  const today = daySpan(dayOf(now, zone), zone);
  return coveredMs(plannedWork(occurrences, sessions), today.start, today.end) / MINUTE;
}
