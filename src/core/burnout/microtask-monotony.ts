/** Microtask monotony: more microtask time in a day than the daily microtask level. */
import { formatDayShort } from '../format';
import { dayFindings, hoursText, type BurnoutRule, type Finding } from './context';

export const microtaskMonotony = {
  id: 'microtask-monotony',
  label: 'Microtask monotony',
  rule: 'Warn above 4 h of microtasks in a day.',
  explanation: 'Repetitive tasks for hours on end are tiring and pay less as attention fades.',
  source: 'Repetitive work.',
  thresholds: ['microtaskDailyMaxMin'],
  alsoReads: [],
  check(ctx): Finding[] {
    const max = ctx.input.thresholds.microtaskDailyMaxMin;
    return dayFindings(ctx, (d) =>
      d.microMin > max
        ? {
            severity: 'warn',
            message: `${formatDayShort(d.day)}: ${hoursText(d.microMin)} of microtasks, above ${hoursText(max)}: drop ${hoursText(d.microMin - max)} or move it to a lighter day.`,
          }
        : null,
    );
  },
} as const satisfies BurnoutRule;
