/**
 * What every burnout rule reads, built once per analysis: the work items, their merged spans and
 * per-day statistics from the streak rule's lead days before the week to the day after it.
 * Work is attributed to the home day it starts on for rest, span and streaks (a 23:00–01:00
 * block belongs to the evening it starts), and clipped to the calendar day for hour totals.
 */
import { boundsStartingIn, coveredMs, mergeIntervals } from '../intervals';
import { cachedDaySpan } from '../day-spans';
import { MINUTE, addDays } from '../time';
import type {
  BurnoutThresholds,
  CalendarDay,
  IanaZone,
  Instant,
  Interval,
  WorkItem,
} from '../types';

export type BurnoutSeverity = 'info' | 'warn' | 'critical';

export type BurnoutInput = {
  homeZone: IanaZone;
  thresholds: BurnoutThresholds;
  /** First day of the analysed week, home zone. */
  weekStart: CalendarDay;
  dayCount?: number;
};

export type DayStat = {
  day: CalendarDay;
  span: Interval;
  /** Work minutes clipped to the day. */
  workMin: number;
  microMin: number;
  /** First start / last end of the merged work starting on this day, or null. */
  first: Instant | null;
  last: Instant | null;
};

export type BurnoutContext = {
  input: BurnoutInput;
  items: WorkItem[];
  work: Interval[];
  /** Day stats from `-lead` days before the week to one day after it. */
  stats: DayStat[];
  lead: number;
  dayCount: number;
};

/** What a rule found: the registry adds the rule id and the warning id. */
export type Finding = {
  severity: BurnoutSeverity;
  span: Interval;
  /** Home day the finding is about, or null for week-wide rules. */
  day: CalendarDay | null;
  message: string;
  /** What keeps the warning id stable across re-plans; the day (or 'week') by default. */
  key?: string;
};

/** One burnout rule: what it is, where its default comes from, what it reads, and its check. */
export type BurnoutRule = {
  id: string;
  label: string;
  /** The default, in words. */
  rule: string;
  /** Why it matters. */
  explanation: string;
  /** Where the default comes from. */
  source: string;
  /** The thresholds the rule is about (each belongs to one rule, and is edited with it). */
  thresholds: readonly (keyof BurnoutThresholds)[];
  /** Other rules' thresholds it reads too. */
  alsoReads: readonly (keyof BurnoutThresholds)[];
  check: (ctx: BurnoutContext) => Finding[];
};

/** Minutes as '9 h', '45 min' or '1 h 45 min'. */
export const hoursText = (min: number): string => {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
};

/** The per-day statistics every rule reads, computed once. */
export function buildContext(raw: readonly WorkItem[], input: BurnoutInput): BurnoutContext {
  const items = raw
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const work = mergeIntervals(items);
  const micro = mergeIntervals(
    items.filter((i) => i.source === 'session' || i.source === 'proposal'),
  );
  const dayCount = input.dayCount ?? 7;
  const lead = input.thresholds.maxConsecutiveDays + 1;
  const stats: DayStat[] = [];
  for (let i = -lead; i <= dayCount; i++) {
    const day = addDays(input.weekStart, i);
    const span = cachedDaySpan(day, input.homeZone);
    const bounds = boundsStartingIn(work, span.start, span.end);
    stats.push({
      day,
      span,
      workMin: coveredMs(work, span.start, span.end) / MINUTE,
      microMin: coveredMs(micro, span.start, span.end) / MINUTE,
      first: bounds ? bounds.start : null,
      last: bounds ? bounds.end : null,
    });
  }
  return { input, items, work, stats, lead, dayCount };
}

/** Day stats of the analysed week only. */
export function weekDays(ctx: BurnoutContext): DayStat[] {
  return ctx.stats.slice(ctx.lead, ctx.lead + ctx.dayCount);
}

/**
 * The findings of a rule about single days: `find` says what is wrong with a day of the analysed
 * week (or null), and the finding covers that day's work.
 */
export function dayFindings(
  ctx: BurnoutContext,
  find: (d: DayStat) => Pick<Finding, 'severity' | 'message'> | null,
): Finding[] {
  return weekDays(ctx).flatMap((d): Finding[] => {
    const found = find(d);
    return found ? [{ ...found, span: workSpanOf(d), day: d.day }] : [];
  });
}

/** The analysed week as one span, from its first home midnight to its last. */
export function weekSpan(ctx: BurnoutContext): Interval {
  const week = weekDays(ctx);
  return { start: week[0]?.span.start ?? 0, end: week[week.length - 1]?.span.end ?? 0 };
}

/** The week day `t` falls on, or `fallback`. */
export function weekDayAt<T>(ctx: BurnoutContext, t: Instant, fallback: T): CalendarDay | T {
  return weekDays(ctx).find((d) => t >= d.span.start && t < d.span.end)?.day ?? fallback;
}

/** The day of any known stat `t` falls on (context days too), or the week's first day. */
export function dayOfStat(ctx: BurnoutContext, t: Instant): CalendarDay {
  return ctx.stats.find((d) => t >= d.span.start && t < d.span.end)?.day ?? ctx.input.weekStart;
}

/** Label of the item ending (or starting) at `t`, for messages. */
export function labelAt(ctx: BurnoutContext, t: Instant, edge: 'start' | 'end'): string {
  const hit = ctx.items.find((i) => (edge === 'end' ? i.end === t : i.start === t));
  return hit?.label ?? (hit?.source === 'commitment' ? 'client work' : 'microtasks');
}

/** A day's work span, or the whole day when nothing starts on it. */
function workSpanOf(d: DayStat): Interval {
  return { start: d.first ?? d.span.start, end: d.last ?? d.span.end };
}

/** The week's work and microtask minutes, and the week's span. */
export function weekLoad(ctx: BurnoutContext): { total: number; micro: number; span: Interval } {
  const days = weekDays(ctx);
  return {
    total: days.reduce((s, d) => s + d.workMin, 0),
    micro: days.reduce((s, d) => s + d.microMin, 0),
    span: weekSpan(ctx),
  };
}
