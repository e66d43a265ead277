/** Fragmented day: the first start to the last end of a day's work spans more than the day-span level. */
import { formatClockAt, formatDayShort } from '../format';
import { MINUTE } from '../time';
import { dayFindings, hoursText, labelAt, type BurnoutRule, type Finding } from './context';

export const fragmentedDay = {
  id: 'fragmented-day',
  label: 'Fragmented day',
  rule: 'Warn when the first start to the last end of a day spans more than 12 h.',
  explanation: 'Split shifts across time zones stretch the day even when the hours look fine.',
  source: 'Split shifts across zones.',
  thresholds: ['fragmentedSpanMin'],
  alsoReads: [],
  check(ctx): Finding[] {
    const { thresholds: t, homeZone: z } = ctx.input;
    return dayFindings(ctx, (d) => {
      if (d.first === null || d.last === null) return null;
      const spanMin = (d.last - d.first) / MINUTE;
      if (spanMin <= t.fragmentedSpanMin) return null;
      return {
        severity: 'warn',
        message: `${formatDayShort(d.day)}: work spreads from ${formatClockAt(d.first, z)} to ${formatClockAt(d.last, z)} (${hoursText(spanMin)}): start later or move ${labelAt(ctx, d.last, 'end')} earlier so the day spans at most ${hoursText(t.fragmentedSpanMin)}.`,
      };
    });
  },
} as const satisfies BurnoutRule;
