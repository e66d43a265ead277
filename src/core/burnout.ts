/**
 * Burnout analysis: every rule of DOMAIN.md's table over a week of work items, home zone. Items
 * of the surrounding days (if given) are context: rest before the first day and streaks of
 * working days that started last week. Work is attributed to the home day it starts on for rest,
 * span and streaks (a 23:00–01:00 block belongs to the evening it starts), and clipped to the
 * calendar day for hour totals.
 *
 * The rules stay in this one file (a little over 400 lines) because each reads the same per-day
 * statistics built once per analysis (`Ctx`); split apart, they would share that private shape
 * through an exported one.
 */
import type { BurnoutRuleId } from './defaults';
import { formatClockAt, formatDayShort } from './format';
import {
  boundsStartingIn,
  cachedDaySpan,
  coveredMs,
  firstEndingAfter,
  mergeIntervals,
} from './plan-types';
import { MINUTE, addDays, toInstant } from './time';
import type {
  BurnoutThresholds,
  CalendarDay,
  IanaZone,
  Instant,
  Interval,
  WorkItem,
} from './types';

export type BurnoutSeverity = 'info' | 'warn' | 'critical';

export type BurnoutWarning = {
  /** `${rule}:${day}` (or `${rule}:week:${weekStart}`): stable across re-plans. */
  id: string;
  rule: BurnoutRuleId;
  severity: BurnoutSeverity;
  start: Instant;
  end: Instant;
  /** Home day the warning is about, or null for week-wide rules. */
  day: CalendarDay | null;
  /** What is wrong and what to change. */
  message: string;
};

export type BurnoutInput = {
  homeZone: IanaZone;
  thresholds: BurnoutThresholds;
  /** First day of the analysed week, home zone. */
  weekStart: CalendarDay;
  dayCount?: number;
};

export type BurnoutSummary = {
  level: 'none' | 'low' | 'elevated' | 'high';
  counts: Record<BurnoutSeverity, number>;
  byRule: Partial<Record<BurnoutRuleId, number>>;
  headline: string;
};

/** A real pause in a long working day (EU WTD art. 4 leaves the length to the states; 15 min is the usual floor). */
export const LONG_DAY_BREAK_MIN = 15;
/** Night work up to this long is reported as info, longer as a warning. */
const SHORT_NIGHT_MIN = 30;

type DayStat = {
  day: CalendarDay;
  span: Interval;
  /** Work minutes clipped to the day. */
  workMin: number;
  microMin: number;
  /** First start / last end of the merged work starting on this day, or null. */
  first: Instant | null;
  last: Instant | null;
};

type Ctx = {
  input: BurnoutInput;
  items: WorkItem[];
  work: Interval[];
  /** Day stats from `-lead` days before the week to one day after it. */
  stats: DayStat[];
  lead: number;
  dayCount: number;
};

const hoursText = (min: number): string => {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
};

/** Every burnout warning for the week, sorted by start then rule. */
export function analyzeBurnout(items: readonly WorkItem[], input: BurnoutInput): BurnoutWarning[] {
  const ctx = buildContext(items, input);
  const out: BurnoutWarning[] = [
    ...dailyRules(ctx),
    ...weeklyHours(ctx),
    ...dailyRest(ctx),
    ...weeklyRest(ctx),
    ...continuousWork(ctx),
    ...nightWork(ctx),
    ...consecutiveDays(ctx),
  ];
  return out.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

function buildContext(raw: readonly WorkItem[], input: BurnoutInput): Ctx {
  const items = raw
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const work = mergeIntervals(items);
  const micro = mergeIntervals(items.filter((i) => i.source !== 'commitment'));
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
function weekDays(ctx: Ctx): DayStat[] {
  return ctx.stats.slice(ctx.lead, ctx.lead + ctx.dayCount);
}

function warning(
  rule: BurnoutRuleId,
  severity: BurnoutSeverity,
  span: Interval,
  day: CalendarDay | null,
  message: string,
  key: string = day ?? 'week',
): BurnoutWarning {
  return {
    id: `${rule}:${key}`,
    rule,
    severity,
    start: span.start,
    end: span.end,
    day,
    message,
  };
}

/** Label of the item ending (or starting) at `t`, for messages. */
function labelAt(ctx: Ctx, t: Instant, edge: 'start' | 'end'): string {
  const hit = ctx.items.find((i) => (edge === 'end' ? i.end === t : i.start === t));
  return hit?.label ?? (hit?.source === 'commitment' ? 'client work' : 'microtasks');
}

function dailyRules(ctx: Ctx): BurnoutWarning[] {
  const out: BurnoutWarning[] = [];
  const t = ctx.input.thresholds;
  const lightest = [...weekDays(ctx)].sort((a, b) => a.workMin - b.workMin)[0];
  for (const d of weekDays(ctx)) {
    const name = formatDayShort(d.day);
    const when = { start: d.first ?? d.span.start, end: d.last ?? d.span.end };
    if (d.workMin > t.dailyWarnMin) {
      const critical = d.workMin > t.dailyStrongMin;
      const excess = d.workMin - t.dailyWarnMin;
      const fix =
        d.microMin >= excess
          ? `drop ${hoursText(excess)} of microtasks`
          : `move ${hoursText(excess)} of client work to ${lightest ? formatDayShort(lightest.day) : 'a lighter day'}`;
      out.push(
        warning(
          'daily-hours',
          critical ? 'critical' : 'warn',
          when,
          d.day,
          `${name}: ${hoursText(d.workMin)} of work, above ${hoursText(critical ? t.dailyStrongMin : t.dailyWarnMin)}: ${fix}.`,
        ),
      );
    }
    if (d.workMin > t.breakAfterDayMin && !hasLongBreak(ctx, d)) {
      out.push(
        warning(
          'break',
          'warn',
          when,
          d.day,
          `${name}: ${hoursText(d.workMin)} of work without a break of ${LONG_DAY_BREAK_MIN} min or more: keep 30 min free in the middle of the day.`,
        ),
      );
    }
    if (d.first !== null && d.last !== null && (d.last - d.first) / MINUTE > t.fragmentedSpanMin) {
      const span = { start: d.first, end: d.last };
      const z = ctx.input.homeZone;
      out.push(
        warning(
          'fragmented-day',
          'warn',
          span,
          d.day,
          `${name}: work spreads from ${formatClockAt(d.first, z)} to ${formatClockAt(d.last, z)} (${hoursText((d.last - d.first) / MINUTE)}): start later or move ${labelAt(ctx, d.last, 'end')} earlier so the day spans at most ${hoursText(t.fragmentedSpanMin)}.`,
        ),
      );
    }
    if (d.microMin > t.microtaskDailyMaxMin) {
      out.push(
        warning(
          'microtask-monotony',
          'warn',
          when,
          d.day,
          `${name}: ${hoursText(d.microMin)} of microtasks, above ${hoursText(t.microtaskDailyMaxMin)}: drop ${hoursText(d.microMin - t.microtaskDailyMaxMin)} or move it to a lighter day.`,
        ),
      );
    }
  }
  return out;
}

function hasLongBreak(ctx: Ctx, d: DayStat): boolean {
  const need = LONG_DAY_BREAK_MIN * MINUTE;
  let prevEnd: Instant | null = null;
  for (let i = firstEndingAfter(ctx.work, d.span.start); i < ctx.work.length; i++) {
    const it = ctx.work[i] as Interval;
    if (it.start >= d.span.end) break;
    if (prevEnd !== null && it.start - prevEnd >= need) return true;
    prevEnd = it.end;
  }
  return false;
}

function weeklyHours(ctx: Ctx): BurnoutWarning[] {
  const t = ctx.input.thresholds;
  const days = weekDays(ctx);
  const total = days.reduce((s, d) => s + d.workMin, 0);
  const micro = days.reduce((s, d) => s + d.microMin, 0);
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last || total <= t.weeklyWarnMin) return [];
  const span = { start: first.span.start, end: last.span.end };
  const excess = total - t.weeklyWarnMin;
  const fix =
    micro >= excess
      ? `drop ${hoursText(excess)} of microtasks`
      : `drop all ${hoursText(micro)} of microtasks and renegotiate ${hoursText(excess - micro)} of client work`;
  const base = `${hoursText(total)} of work this week`;
  if (total >= t.weeklyCriticalMin) {
    return [
      warning(
        'very-long-week',
        'critical',
        span,
        null,
        `${base}: 55 h or more a week raises stroke and heart-disease risk (WHO/ILO): ${fix}.`,
      ),
    ];
  }
  if (total > t.weeklyStrongMin) {
    return [
      warning(
        'weekly-hours',
        'critical',
        span,
        null,
        `${base}, above the EU 48 h maximum: ${fix}.`,
      ),
    ];
  }
  return [
    warning(
      'weekly-hours',
      'warn',
      span,
      null,
      `${base}, above ${hoursText(t.weeklyWarnMin)}: ${fix}.`,
    ),
  ];
}

function dailyRest(ctx: Ctx): BurnoutWarning[] {
  const out: BurnoutWarning[] = [];
  const z = ctx.input.homeZone;
  const min = ctx.input.thresholds.dailyRestMin;
  for (let i = ctx.lead; i < ctx.lead + ctx.dayCount; i++) {
    const prev = ctx.stats[i - 1];
    const d = ctx.stats[i];
    if (!prev || !d || prev.last === null || d.first === null) continue;
    const rest = (d.first - prev.last) / MINUTE;
    if (rest >= min) continue;
    const later = formatClockAt(prev.last + min * MINUTE, z);
    const msg = `Only ${hoursText(Math.max(0, rest))} of rest between ${labelAt(ctx, prev.last, 'end')} ending ${formatClockAt(prev.last, z)} and ${labelAt(ctx, d.first, 'start')} at ${formatClockAt(d.first, z)} on ${formatDayShort(d.day)} (at least ${hoursText(min)}): start after ${later} or move ${labelAt(ctx, prev.last, 'end')} earlier.`;
    out.push(
      warning(
        'daily-rest',
        'warn',
        { start: prev.last, end: Math.max(prev.last, d.first) },
        d.day,
        msg,
      ),
    );
  }
  return out;
}

function weeklyRest(ctx: Ctx): BurnoutWarning[] {
  const days = weekDays(ctx);
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  const need = (ctx.input.thresholds.weeklyRestMin + ctx.input.thresholds.dailyRestMin) * MINUTE;
  const ws = first.span.start;
  const we = last.span.end;
  const idx = firstEndingAfter(ctx.work, ws);
  let cursor = idx > 0 ? (ctx.work[idx - 1] as Interval).end : ws;
  let best: Interval = { start: cursor, end: cursor };
  for (let i = idx; i < ctx.work.length && cursor < we; i++) {
    const it = ctx.work[i] as Interval;
    if (it.start - cursor > best.end - best.start) best = { start: cursor, end: it.start };
    cursor = Math.max(cursor, it.end);
  }
  if (cursor < we && we - cursor > best.end - best.start) best = { start: cursor, end: we };
  if (best.end - best.start >= need) return [];
  const free = [...days].sort((a, b) => a.workMin - b.workMin)[0] ?? first;
  const msg = `No ${hoursText(need / MINUTE)} block of rest this week (longest: ${hoursText((best.end - best.start) / MINUTE)}): keep ${formatDayShort(free.day)} completely free, with an early finish the evening before.`;
  return [warning('weekly-rest', 'warn', best, null, msg)];
}

function continuousWork(ctx: Ctx): BurnoutWarning[] {
  const t = ctx.input.thresholds;
  const z = ctx.input.homeZone;
  const out: BurnoutWarning[] = [];
  const week = weekDays(ctx);
  const ws = week[0]?.span.start ?? 0;
  const we = week[week.length - 1]?.span.end ?? 0;
  for (const run of mergeIntervals(ctx.items, t.continuousBreakMin * MINUTE)) {
    if (run.end <= ws || run.start >= we) continue;
    const len = (run.end - run.start) / MINUTE;
    if (len <= t.continuousMaxMin) continue;
    const day =
      week.find((d) => run.start >= d.span.start && run.start < d.span.end)?.day ??
      week[0]?.day ??
      null;
    const at = formatClockAt(run.start + t.continuousMaxMin * MINUTE, z);
    const msg = `${day ? formatDayShort(day) : ''} ${formatClockAt(run.start, z)}–${formatClockAt(run.end, z)}: ${hoursText(len)} at the screen without a ${t.continuousBreakMin}-min break: take one by ${at}.`;
    out.push(warning('continuous-screen', 'warn', run, day, msg.trim(), String(run.start)));
  }
  return out;
}

function nightWork(ctx: Ctx): BurnoutWarning[] {
  const t = ctx.input.thresholds;
  const z = ctx.input.homeZone;
  const out: BurnoutWarning[] = [];
  const week = weekDays(ctx);
  const ws = week[0]?.span.start ?? 0;
  const we = week[week.length - 1]?.span.end ?? 0;
  for (let i = -1; i < ctx.dayCount; i++) {
    const day = addDays(ctx.input.weekStart, i);
    const endDay = t.nightEnd <= t.nightStart ? addDays(day, 1) : day;
    const night = {
      start: Math.max(ws, toInstant(day, t.nightStart, z)),
      end: Math.min(we, toInstant(endDay, t.nightEnd, z)),
    };
    if (night.end <= night.start) continue;
    const hits = ctx.items.filter((it) => it.start < night.end && it.end > night.start);
    if (hits.length === 0) continue;
    const minutes = coveredMs(ctx.work, night.start, night.end) / MINUTE;
    const span = {
      start: Math.max(night.start, Math.min(...hits.map((h) => h.start))),
      end: Math.min(night.end, Math.max(...hits.map((h) => h.end))),
    };
    const owner =
      week.find((d) => span.start >= d.span.start && span.start < d.span.end)?.day ?? day;
    const severity = minutes <= SHORT_NIGHT_MIN ? 'info' : 'warn';
    // Keyed by the evening the night starts on, so the two nights touching day one stay apart.
    out.push(warning('night-work', severity, span, owner, nightMessage(ctx, hits, span), day));
  }
  return out;
}

function nightMessage(ctx: Ctx, hits: WorkItem[], span: Interval): string {
  const z = ctx.input.homeZone;
  const t = ctx.input.thresholds;
  const client = hits.filter((h) => h.source === 'commitment');
  const micro = hits.length > client.length;
  const fixes: string[] = [];
  if (client[0])
    fixes.push(
      `move the ${formatClockAt(client[0].start, z)} ${client[0].label ?? 'client'} block earlier in the client's day`,
    );
  if (micro) fixes.push(`end microtasks by ${t.nightStart}`);
  return `Night work ${formatDayShort(dayOfStat(ctx, span.start))} ${formatClockAt(span.start, z)}–${formatClockAt(span.end, z)} (between ${t.nightStart} and ${t.nightEnd} your time): ${fixes.join(' or ')}.`;
}

function dayOfStat(ctx: Ctx, t: Instant): CalendarDay {
  return ctx.stats.find((d) => t >= d.span.start && t < d.span.end)?.day ?? ctx.input.weekStart;
}

function consecutiveDays(ctx: Ctx): BurnoutWarning[] {
  const max = ctx.input.thresholds.maxConsecutiveDays;
  const out: BurnoutWarning[] = [];
  let streak = 0;
  for (let i = 0; i < ctx.lead + ctx.dayCount; i++) {
    const d = ctx.stats[i] as DayStat;
    streak = d.workMin > 0 ? streak + 1 : 0;
    if (i < ctx.lead || streak !== max + 1) continue;
    const from = ctx.stats[i - max] as DayStat;
    const msg = `${streak} working days in a row (${formatDayShort(from.day)} – ${formatDayShort(d.day)}): keep ${formatDayShort(d.day)} free to get your weekly rest.`;
    out.push(
      warning('consecutive-days', 'warn', { start: from.span.start, end: d.span.end }, d.day, msg),
    );
  }
  return out;
}

/** The week's risk in one line: level, counts per severity and per rule, and a headline. */
export function summarizeBurnout(warnings: readonly BurnoutWarning[]): BurnoutSummary {
  const counts: Record<BurnoutSeverity, number> = { info: 0, warn: 0, critical: 0 };
  const byRule: Partial<Record<BurnoutRuleId, number>> = {};
  for (const w of warnings) {
    counts[w.severity]++;
    byRule[w.rule] = (byRule[w.rule] ?? 0) + 1;
  }
  const level =
    counts.critical > 0 ? 'high' : counts.warn > 0 ? 'elevated' : counts.info > 0 ? 'low' : 'none';
  const top = Object.entries(byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const headline =
    level === 'none'
      ? 'A sustainable week: no burnout rule is triggered.'
      : `${level === 'high' ? 'High' : level === 'elevated' ? 'Elevated' : 'Low'} burnout risk: ${counts.critical} critical, ${counts.warn} warnings, ${counts.info} notes${top ? `; most often ${top[0]} (${top[1]})` : ''}.`;
  return { level, counts, byRule, headline };
}
