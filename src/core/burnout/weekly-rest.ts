/** Weekly rest: one uninterrupted block of the weekly plus the daily rest (35 h by default) in the week. */
import { formatDayShort } from '../format';
import { firstEndingAfter } from '../intervals';
import { MINUTE } from '../time';
import type { Interval } from '../types';
import { hoursText, weekDays, weekSpan, type BurnoutRule, type Finding } from './context';

/**
 * The longest time without work that touches the week [ws, we): it may start at the last work
 * before the week and end at the first work after it, or at `we` when nothing follows. `work`
 * is sorted and merged. The gap filler keeps such a block free with the same measure.
 */
export function longestRest(work: readonly Interval[], week: Interval): Interval {
  const idx = firstEndingAfter(work, week.start);
  let cursor = idx > 0 ? (work[idx - 1] as Interval).end : week.start;
  let best: Interval = { start: cursor, end: cursor };
  for (let i = idx; i < work.length && cursor < week.end; i++) {
    const it = work[i] as Interval;
    if (it.start - cursor > best.end - best.start) best = { start: cursor, end: it.start };
    cursor = Math.max(cursor, it.end);
  }
  if (cursor < week.end && week.end - cursor > best.end - best.start) {
    best = { start: cursor, end: week.end };
  }
  return best;
}

export const weeklyRest = {
  id: 'weekly-rest',
  label: 'Weekly rest',
  rule: 'At least 24 h uninterrupted off per 7 days, on top of the 11 h daily rest (35 h in one block).',
  explanation: 'A full day off each week is the minimum the law protects.',
  source: 'EU Working Time Directive 2003/88/EC, art. 5.',
  thresholds: ['weeklyRestMin'],
  // The block is the weekly rest on top of the daily rest.
  alsoReads: ['dailyRestMin'],
  check(ctx): Finding[] {
    const days = weekDays(ctx);
    const first = days[0];
    if (!first) return [];
    const t = ctx.input.thresholds;
    const need = (t.weeklyRestMin + t.dailyRestMin) * MINUTE;
    const best = longestRest(ctx.work, weekSpan(ctx));
    if (best.end - best.start >= need) return [];
    const free = [...days].sort((a, b) => a.workMin - b.workMin)[0] ?? first;
    const message = `No ${hoursText(need / MINUTE)} block of rest this week (longest: ${hoursText((best.end - best.start) / MINUTE)}): keep ${formatDayShort(free.day)} completely free, with an early finish the evening before.`;
    return [{ severity: 'warn', span: best, day: null, message }];
  },
} as const satisfies BurnoutRule;
