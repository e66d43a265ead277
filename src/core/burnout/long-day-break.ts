/** A break in a long day: a pause of at least 15 min when the day's work passes the break-after level. */
import { formatDayShort } from '../format';
import { firstEndingAfter } from '../intervals';
import { MINUTE } from '../time';
import type { Instant, Interval } from '../types';
import { dayFindings, hoursText, type BurnoutRule, type Finding } from './context';

/** A real pause in a long working day (EU WTD art. 4 leaves the length to the states; 15 min is the usual floor). */
export const LONG_DAY_BREAK_MIN = 15;

/** True when merged, sorted `work` has a pause of LONG_DAY_BREAK_MIN or more inside `day`. */
export function hasLongBreak(work: readonly Interval[], day: Interval): boolean {
  const need = LONG_DAY_BREAK_MIN * MINUTE;
  let prevEnd: Instant | null = null;
  for (let i = firstEndingAfter(work, day.start); i < work.length; i++) {
    const it = work[i] as Interval;
    if (it.start >= day.end) break;
    if (prevEnd !== null && it.start - prevEnd >= need) return true;
    prevEnd = it.end;
  }
  return false;
}

export const longDayBreak = {
  id: 'break',
  label: 'Break in a long day',
  rule: 'A break of at least 15 min when the working day is longer than 6 h.',
  explanation: 'A real pause in a long day, not only short screen breaks.',
  source: 'EU Working Time Directive 2003/88/EC, art. 4.',
  thresholds: ['breakAfterDayMin'],
  alsoReads: [],
  check(ctx): Finding[] {
    const t = ctx.input.thresholds;
    return dayFindings(ctx, (d) =>
      d.workMin > t.breakAfterDayMin && !hasLongBreak(ctx.work, d.span)
        ? {
            severity: 'warn',
            message: `${formatDayShort(d.day)}: ${hoursText(d.workMin)} of work without a break of ${LONG_DAY_BREAK_MIN} min or more: keep 30 min free in the middle of the day.`,
          }
        : null,
    );
  },
} as const satisfies BurnoutRule;
