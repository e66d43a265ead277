/** Daily rest: at least the daily rest (11 h by default) between one day's last work and the next day's first. */
import { formatClockAt, formatDayShort } from '../format';
import { MINUTE } from '../time';
import { hoursText, labelAt, type BurnoutRule, type Finding } from './context';

export const dailyRest = {
  id: 'daily-rest',
  label: 'Daily rest',
  rule: 'At least 11 consecutive hours off between working days.',
  explanation: 'Short nights between late client calls and early work leave no time to recover.',
  source: 'EU Working Time Directive 2003/88/EC, art. 3.',
  thresholds: ['dailyRestMin'],
  alsoReads: [],
  check(ctx): Finding[] {
    const out: Finding[] = [];
    const z = ctx.input.homeZone;
    const min = ctx.input.thresholds.dailyRestMin;
    for (let i = ctx.lead; i < ctx.lead + ctx.dayCount; i++) {
      const prev = ctx.stats[i - 1];
      const d = ctx.stats[i];
      if (!prev || !d || prev.last === null || d.first === null) continue;
      const rest = (d.first - prev.last) / MINUTE;
      if (rest >= min) continue;
      const later = formatClockAt(prev.last + min * MINUTE, z);
      const ending = labelAt(ctx, prev.last, 'end');
      out.push({
        severity: 'warn',
        span: { start: prev.last, end: Math.max(prev.last, d.first) },
        day: d.day,
        message: `Only ${hoursText(Math.max(0, rest))} of rest between ${ending} ending ${formatClockAt(prev.last, z)} and ${labelAt(ctx, d.first, 'start')} at ${formatClockAt(d.first, z)} on ${formatDayShort(d.day)} (at least ${hoursText(min)}): start after ${later} or move ${ending} earlier.`,
      });
    }
    return out;
  },
} as const satisfies BurnoutRule;
