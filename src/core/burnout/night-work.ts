/** Night work: work between night start and night end, home time (a short stretch is a note). */
import { formatClockAt, formatDayShort } from '../format';
import { coveredMs } from '../intervals';
import { MINUTE, addDays, toInstant } from '../time';
import type { Interval, WorkItem } from '../types';
import {
  dayOfStat,
  weekDayAt,
  weekSpan,
  type BurnoutContext,
  type BurnoutRule,
  type Finding,
} from './context';

/** Night work up to this long is reported as info, longer as a warning. */
const SHORT_NIGHT_MIN = 30;

function nightMessage(ctx: BurnoutContext, hits: WorkItem[], span: Interval): string {
  const { thresholds: t, homeZone: z } = ctx.input;
  // Busy time from another calendar that counts as work is fixed like client work.
  const client = hits.filter((h) => h.source === 'commitment' || h.source === 'external');
  const micro = hits.some((h) => h.source === 'session' || h.source === 'proposal');
  const fixes: string[] = [];
  if (client[0])
    fixes.push(
      `move the ${formatClockAt(client[0].start, z)} ${client[0].label ?? 'client'} block earlier in the client's day`,
    );
  if (micro) fixes.push(`end microtasks by ${t.nightStart}`);
  return `Night work ${formatDayShort(dayOfStat(ctx, span.start))} ${formatClockAt(span.start, z)}–${formatClockAt(span.end, z)} (between ${t.nightStart} and ${t.nightEnd} your time): ${fixes.join(' or ')}.`;
}

export const nightWork = {
  id: 'night-work',
  label: 'Night work',
  rule: 'Warn for work between 22:00 and 06:00 home time.',
  explanation: 'Client time zones push calls into your night; protect your sleep.',
  source: 'Client time zones push work into the night.',
  thresholds: ['nightStart', 'nightEnd'],
  alsoReads: [],
  check(ctx): Finding[] {
    const { thresholds: t, homeZone: z } = ctx.input;
    const week = weekSpan(ctx);
    const out: Finding[] = [];
    for (let i = -1; i < ctx.dayCount; i++) {
      const day = addDays(ctx.input.weekStart, i);
      const endDay = t.nightEnd <= t.nightStart ? addDays(day, 1) : day;
      const night = {
        start: Math.max(week.start, toInstant(day, t.nightStart, z)),
        end: Math.min(week.end, toInstant(endDay, t.nightEnd, z)),
      };
      if (night.end <= night.start) continue;
      const hits = ctx.items.filter((it) => it.start < night.end && it.end > night.start);
      if (hits.length === 0) continue;
      const minutes = coveredMs(ctx.work, night.start, night.end) / MINUTE;
      const span = {
        start: Math.max(night.start, Math.min(...hits.map((h) => h.start))),
        end: Math.min(night.end, Math.max(...hits.map((h) => h.end))),
      };
      out.push({
        severity: minutes <= SHORT_NIGHT_MIN ? 'info' : 'warn',
        span,
        day: weekDayAt(ctx, span.start, day),
        message: nightMessage(ctx, hits, span),
        // Keyed by the evening the night starts on, so the two nights touching day one stay apart.
        key: day,
      });
    }
    return out;
  },
} as const satisfies BurnoutRule;
