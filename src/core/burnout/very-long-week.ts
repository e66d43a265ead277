/** Very long weeks: critical from the critical level on (55 h by default, after the WHO/ILO). */
import { hoursText, weekLoad, type BurnoutRule, type Finding } from './context';
import { weekFix } from './weekly-hours';

/** Where the WHO/ILO estimates put the risk, the critical level's default. */
const WHO_LONG_WEEK_MIN = 55 * 60;

export const veryLongWeek = {
  id: 'very-long-week',
  label: 'Very long weeks',
  rule: 'Critical at 55 h or more in a week.',
  explanation:
    'Working 55 h or more a week, against 35–40 h, comes with about 35% higher risk of stroke and ' +
    '17% higher risk of dying of ischaemic heart disease.',
  source: 'WHO/ILO joint estimates, 2021 (Pega et al., Environment International).',
  thresholds: ['weeklyCriticalMin'],
  // The fix is said against the weekly warning level, like the weekly-hours rule's.
  alsoReads: ['weeklyWarnMin'],
  check(ctx): Finding[] {
    const t = ctx.input.thresholds;
    const { total, micro, span } = weekLoad(ctx);
    if (total <= t.weeklyWarnMin || total < t.weeklyCriticalMin) return [];
    const why =
      t.weeklyCriticalMin === WHO_LONG_WEEK_MIN
        ? '55 h or more a week raises stroke and heart-disease risk (WHO/ILO)'
        : `${hoursText(t.weeklyCriticalMin)} or more a week is your critical level (the WHO/ILO found 55 h or more raises stroke and heart-disease risk)`;
    return [
      {
        severity: 'critical',
        span,
        day: null,
        message: `${hoursText(total)} of work this week: ${why}: ${weekFix(total, micro, t.weeklyWarnMin)}.`,
      },
    ];
  },
} as const satisfies BurnoutRule;
