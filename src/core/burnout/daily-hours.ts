/** Daily hours: a warning above the daily level, a strong one above the strong level. */
import { formatDayShort } from '../format';
import { dayFindings, hoursText, weekDays, type BurnoutRule, type Finding } from './context';

export const dailyHours = {
  id: 'daily-hours',
  label: 'Daily hours',
  rule: 'Warn above 8 h of work in a day; strong warning above 10 h.',
  explanation: 'Long days add up: fatigue and errors rise after a full-time day.',
  source: 'Common full-time norm.',
  thresholds: ['dailyWarnMin', 'dailyStrongMin'],
  alsoReads: [],
  check(ctx): Finding[] {
    const t = ctx.input.thresholds;
    const lightest = [...weekDays(ctx)].sort((a, b) => a.workMin - b.workMin)[0];
    return dayFindings(ctx, (d) => {
      if (d.workMin <= t.dailyWarnMin) return null;
      const critical = d.workMin > t.dailyStrongMin;
      const excess = d.workMin - t.dailyWarnMin;
      const fix =
        d.microMin >= excess
          ? `drop ${hoursText(excess)} of microtasks`
          : `move ${hoursText(excess)} of client work to ${lightest ? formatDayShort(lightest.day) : 'a lighter day'}`;
      const level = hoursText(critical ? t.dailyStrongMin : t.dailyWarnMin);
      return {
        severity: critical ? 'critical' : 'warn',
        message: `${formatDayShort(d.day)}: ${hoursText(d.workMin)} of work, above ${level}: ${fix}.`,
      };
    });
  },
} as const satisfies BurnoutRule;
