/**
 * The sessions a week's plan needs, from a read that covers its context (the shown week's own
 * read, or the previous one while it loads: it covered this week as a neighbour), as an array
 * that keeps its identity while its content is the same, so a repeated answer does not re-plan
 * the week.
 */
import { useMemo } from 'react';
import { weekContext } from '../../../../core/plan-week';
import type { CalendarDay, MicrotaskSession, Settings } from '../../../../core/types';
import { sessionsForWeek, type SessionsResult } from '../../hooks/week-range';

/** The week's sessions, or undefined while no loaded read covers its context. */
export function useCoveredSessions(
  result: SessionsResult | undefined,
  weekStart: CalendarDay,
  settings: Settings,
): MicrotaskSession[] | undefined {
  const picked = sessionsForWeek(result, weekStart, settings);
  const { start, end } = weekContext(weekStart, settings);
  // A signature of every field: the same sessions, unchanged, give the same key. (updatedAt alone
  // is not enough: two edits within one clock tick share it.)
  const key = picked ? picked.map(signature).join('|') : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content, not on identity
  return useMemo(() => picked, [key, start, end]);
}

function signature(s: MicrotaskSession): string {
  return [
    s.id,
    s.platformId,
    s.start,
    s.end,
    s.locked,
    s.status,
    s.actualEarnings,
    s.note,
    s.updatedAt,
  ].join('\u0000');
}
