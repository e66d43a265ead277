/**
 * Weekly hours: a warning above the weekly level, a strong one above the strong level (the EU's
 * 48 h average maximum by default). From the critical level on, very-long-week speaks instead.
 */
import { hoursText, weekLoad, type BurnoutRule, type Finding } from './context';

/** The EU Working Time Directive's average weekly maximum, the strong level's default. */
const EU_WEEKLY_MAX_MIN = 48 * 60;

/** What brings a week of `total` minutes (`micro` of them microtasks) down to `limitMin`. */
export function weekFix(total: number, micro: number, limitMin: number): string {
  const excess = total - limitMin;
  return micro >= excess
    ? `drop ${hoursText(excess)} of microtasks`
    : `drop all ${hoursText(micro)} of microtasks and renegotiate ${hoursText(excess - micro)} of client work`;
}

export const weeklyHours = {
  id: 'weekly-hours',
  label: 'Weekly hours',
  rule: 'Warn above 40 h in a week; strong warning above 48 h.',
  explanation: 'The EU sets 48 h as the average weekly maximum, overtime included.',
  source: 'EU Working Time Directive 2003/88/EC, art. 6: 48 h average maximum.',
  thresholds: ['weeklyWarnMin', 'weeklyStrongMin'],
  // From the critical level on, very-long-week speaks instead.
  alsoReads: ['weeklyCriticalMin'],
  check(ctx): Finding[] {
    const t = ctx.input.thresholds;
    const { total, micro, span } = weekLoad(ctx);
    if (total <= t.weeklyWarnMin || total >= t.weeklyCriticalMin) return [];
    const strong = total > t.weeklyStrongMin;
    const above = !strong
      ? hoursText(t.weeklyWarnMin)
      : t.weeklyStrongMin === EU_WEEKLY_MAX_MIN
        ? 'the EU 48 h maximum'
        : `your ${hoursText(t.weeklyStrongMin)} limit`;
    return [
      {
        severity: strong ? 'critical' : 'warn',
        span,
        day: null,
        message: `${hoursText(total)} of work this week, above ${above}: ${weekFix(total, micro, t.weeklyWarnMin)}.`,
      },
    ];
  },
} as const satisfies BurnoutRule;
