/** Days without rest: a warning on the first day past the allowed run of working days, counting last week. */
import { formatDayShort } from '../format';
import type { BurnoutRule, DayStat, Finding } from './context';

export const consecutiveDays = {
  id: 'consecutive-days',
  label: 'Days without rest',
  rule: 'Warn after 6 consecutive working days.',
  explanation: 'Without a day off, the weekly rest never happens.',
  source: 'Weekly rest (EU Working Time Directive 2003/88/EC, art. 5).',
  thresholds: ['maxConsecutiveDays'],
  alsoReads: [],
  check(ctx): Finding[] {
    const max = ctx.input.thresholds.maxConsecutiveDays;
    const out: Finding[] = [];
    let streak = 0;
    for (let i = 0; i < ctx.lead + ctx.dayCount; i++) {
      const d = ctx.stats[i] as DayStat;
      streak = d.workMin > 0 ? streak + 1 : 0;
      if (i < ctx.lead || streak !== max + 1) continue;
      const from = ctx.stats[i - max] as DayStat;
      out.push({
        severity: 'warn',
        span: { start: from.span.start, end: d.span.end },
        day: d.day,
        message: `${streak} working days in a row (${formatDayShort(from.day)} – ${formatDayShort(d.day)}): keep ${formatDayShort(d.day)} free to get your weekly rest.`,
      });
    }
    return out;
  },
} as const satisfies BurnoutRule;
