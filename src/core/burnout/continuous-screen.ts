/**
 * Continuous screen work: runs of work (gaps shorter than the break count as work) longer than
 * the break rule allows. The gap filler keeps to the same two thresholds.
 */
import { formatClockAt, formatDayShort } from '../format';
import { mergeIntervals } from '../intervals';
import { MINUTE } from '../time';
import { hoursText, weekDayAt, weekSpan, type BurnoutRule, type Finding } from './context';

export const continuousScreen = {
  id: 'continuous-screen',
  label: 'Continuous screen work',
  rule: 'Warn after 90 min of screen work without a 10-min break (configurable, 50–120 min).',
  explanation:
    'Short, frequent breaks (5–10 min after 50–60 min) are better than a long break every 2 h.',
  source: 'UK HSE display-screen equipment guidance; NIOSH data-entry studies.',
  thresholds: ['continuousMaxMin', 'continuousBreakMin'],
  alsoReads: [],
  check(ctx): Finding[] {
    const { thresholds: t, homeZone: z } = ctx.input;
    const week = weekSpan(ctx);
    const out: Finding[] = [];
    for (const run of mergeIntervals(ctx.items, t.continuousBreakMin * MINUTE)) {
      if (run.end <= week.start || run.start >= week.end) continue;
      const len = (run.end - run.start) / MINUTE;
      if (len <= t.continuousMaxMin) continue;
      const day = weekDayAt(ctx, run.start, ctx.input.weekStart);
      const at = formatClockAt(run.start + t.continuousMaxMin * MINUTE, z);
      const message = `${formatDayShort(day)} ${formatClockAt(run.start, z)}–${formatClockAt(run.end, z)}: ${hoursText(len)} at the screen without a ${t.continuousBreakMin}-min break: take one by ${at}.`;
      out.push({ severity: 'warn', span: run, day, message, key: String(run.start) });
    }
    return out;
  },
} as const satisfies BurnoutRule;
