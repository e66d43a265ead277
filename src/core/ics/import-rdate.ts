/**
 * Extra dates of a series (RDATE). The planner holds a rule, its skipped days and its moved
 * occurrences, not added dates: an RDATE the rule already gives (or an EXDATE removes) changes
 * nothing, and the rest are kept only as moves of the series' skipped days (Exchange and Zimbra
 * write a moved occurrence as EXDATE + RDATE). The set of instants stays exactly the file's.
 */
import { isRuleDay } from '../recurrence';
import { toInstant } from '../time';
import type { CalendarDay, Commitment, Instant, WallTime } from '../types';

/** An RDATE placed: its instant, and its wall time in the series' zone. */
export type ExtraDate = { instant: Instant; wall: WallTime };

/** The series as read so far: its rule, start time, length, skips and moves. */
export type SeriesRead = Pick<
  Commitment,
  'recurrence' | 'zone' | 'start' | 'durationMin' | 'skippedDates' | 'moved'
>;

export type RdateResult =
  | ({ ok: true; notice: string | null } & Pick<Commitment, 'skippedDates' | 'moved'>)
  | { ok: false; reason: string };

/** Folds the extra dates into the series' skips and moves, or names the first it cannot hold. */
export function applyExtraDates(series: SeriesRead, extras: readonly ExtraDate[]): RdateResult {
  const { recurrence, zone, start, skippedDates, moved } = series;
  const skipped = new Set(skippedDates);
  const ruleInstant = (day: CalendarDay): Instant => toInstant(day, start, zone);
  const isRuleAt = (e: ExtraDate): boolean =>
    isRuleDay({ recurrence }, e.wall.date) && ruleInstant(e.wall.date) === e.instant;
  // RFC 5545: RDATEs join the rule's instants, then EXDATEs remove from both.
  const added = [...extras]
    .filter((e) => !isRuleAt(e))
    .sort((a, b) => a.instant - b.instant)
    .filter((e, i, all) => i === 0 || all[i - 1]?.instant !== e.instant);
  if (added.length === 0) return { ok: true, skippedDates, moved, notice: null };
  const movedDays = new Set(moved.map((m) => m.date));
  const free = [...skipped].filter((d) => isRuleDay({ recurrence }, d) && !movedDays.has(d)).sort();
  const unheld = added[free.length];
  if (unheld) {
    return {
      ok: false,
      reason: `The extra date (RDATE) ${unheld.wall.date} ${unheld.wall.time} is not on the series' rule; the planner cannot add single dates to a series.`,
    };
  }
  const pairs = added.map((e, i) => ({
    date: free[i] ?? '',
    to: e.wall,
    durationMin: series.durationMin,
  }));
  const used = new Set(pairs.map((p) => p.date));
  const list = pairs.map((p) => `${p.date} → ${p.to.date} ${p.to.time}`).join(', ');
  return {
    ok: true,
    skippedDates: skippedDates.filter((d) => !used.has(d)),
    moved: [...moved, ...pairs],
    notice: `Extra dates (RDATE) kept as moved occurrences of skipped days: ${list}.`,
  };
}
