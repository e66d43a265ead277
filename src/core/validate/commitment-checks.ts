/**
 * Checks on a commitment that do not block saving but must be said: start times that do not
 * exist (or happen twice) on some dates in its zone, and overlaps with other commitments.
 */
import { expandCommitments, occurrenceDaysInRange } from '../recurrence';
import { addDays, clockToMinutes, minutesToClock, resolveWallTime } from '../time';
import type { CalendarDay, Commitment, Interval } from '../types';

export type DstIssue = {
  date: CalendarDay;
  kind: 'gap' | 'ambiguous';
  /** For a gap: the wall time it actually starts at ('03:30'). */
  actualTime: string;
  message: string;
};

/** Dates within `days` of `from` where the start time falls in a DST gap or overlap. */
export function dstIssues(c: Commitment, from: CalendarDay, days = 730): DstIssue[] {
  const dates =
    c.recurrence.kind === 'once'
      ? [c.recurrence.date]
      : occurrenceDaysInRange(c, from, addDays(from, days));
  const out: DstIssue[] = [];
  for (const date of dates) {
    // A skipped or moved occurrence does not happen at the rule's time on that date.
    if (c.skippedDates.includes(date) || c.moved.some((m) => m.date === date)) continue;
    const resolved = resolveWallTime({ date, time: c.start, zone: c.zone });
    if (resolved.resolution === 'gap') {
      const actualTime = minutesToClock(clockToMinutes(c.start) + resolved.shiftMin);
      out.push({
        date,
        kind: 'gap',
        actualTime,
        message: `${c.start} does not exist on ${date} in ${c.zone} (clocks go forward); it will start at ${actualTime}.`,
      });
    } else if (resolved.resolution === 'ambiguous') {
      out.push({
        date,
        kind: 'ambiguous',
        actualTime: c.start,
        message: `${c.start} happens twice on ${date} in ${c.zone} (clocks go back); it will use the first one.`,
      });
    }
  }
  return out;
}

export type Overlap = { otherId: string; otherTitle: string; start: number };

/** The first overlaps (up to `limit`) between `c` and `others` within `range`. */
export function findOverlaps(
  c: Commitment,
  others: readonly Commitment[],
  range: Interval,
  limit = 5,
): Overlap[] {
  const mine = expandCommitments([c], range);
  const theirs = expandCommitments(
    others.filter((o) => o.id !== c.id),
    range,
  );
  const out: Overlap[] = [];
  for (const a of mine) {
    // `theirs` is sorted by start only (ends are not monotonic), so scan until starts pass a.end.
    for (const b of theirs) {
      if (b.start >= a.end) break;
      if (b.end > a.start) {
        out.push({
          otherId: b.commitmentId,
          otherTitle: b.title,
          start: Math.max(a.start, b.start),
        });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
