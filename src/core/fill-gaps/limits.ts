/**
 * Where sessions may go so that accepting them adds no burnout warning the fixed work alone
 * does not cause (tests/unit/core/fill-gaps-burnout.test.ts). Each limit holds for any subset
 * of the candidates, because selection keeps only some of them:
 *  - daily rest and day span, around the fixed work and the candidates of the day before;
 *  - night hours, kept free like quiet hours;
 *  - a day without work stays one if working it would make too long a run of working days;
 *  - a block of weekly rest that the fixed work leaves stays free.
 * Caps that selection keeps (daily and weekly hours, microtasks, a long day's break) are in
 * selection.ts.
 */
import { hasLongBreak, longestRest } from '../burnout';
import { boundsStartingIn, coveredMs, mergeIntervals } from '../intervals';
import { cachedDaySpan } from '../day-spans';
import { DAY, MINUTE, addDays, clockToMinutes, weekdayOfOrdinal } from '../time';
import type { Instant, Interval } from '../types';
import type { Ctx, Day } from './context';

/** Where a kept block of weekly rest may start: every half hour from the week's start. */
const REST_GRID = 30 * MINUTE;

/**
 * The span of day `d` sessions may use: the daily rest after the previous day's last work (its
 * candidates' included, `prevLast`) and before the next day's first, and the day span around
 * the day's fixed work.
 */
export function sustainable(ctx: Ctx, d: Day, prevLast: Instant | null): Interval {
  const b = ctx.input.settings.burnout;
  const rest = b.dailyRestMin * MINUTE;
  const span = b.fragmentedSpanMin * MINUTE;
  const prevDay = ctx.days[d.index - 1]?.start ?? d.start - (d.end - d.start);
  const nextEnd = ctx.days[d.index + 1]?.end ?? d.end + (d.end - d.start);
  const prev = boundsStartingIn(ctx.work, prevDay, d.start);
  const today = boundsStartingIn(ctx.work, d.start, d.end);
  const next = boundsStartingIn(ctx.work, d.end, nextEnd);
  const prevEnd = Math.max(prev?.end ?? -Infinity, prevLast ?? -Infinity);
  let start = prevEnd + rest;
  let end = next ? next.start - rest : Infinity;
  if (today) {
    start = Math.max(start, today.end - span);
    end = Math.min(end, today.start + span);
  }
  return { start, end };
}

/** Night hours (as the night-work rule reads them) touching day `d`. */
export function nightWindows(ctx: Ctx, d: Day): Interval[] {
  const { nightStart, nightEnd } = ctx.input.settings.burnout;
  const start = clockToMinutes(nightStart);
  const end = clockToMinutes(nightEnd);
  const at = ctx.homeClock;
  if (end > start) return [{ start: at(d.ord, start), end: at(d.ord, end) }];
  return [
    { start: at(d.ord - 1, start), end: at(d.ord, end) },
    { start: at(d.ord, start), end: at(d.ord + 1, end) },
  ];
}

/**
 * Whether day `index`, without work so far, may get sessions: the run of working days it would
 * join (`worked` says which days of the week have work or candidates) must stay within
 * maxConsecutiveDays. Days before the known context count as worked.
 */
export function streakAllows(ctx: Ctx, worked: readonly boolean[], index: number): boolean {
  const max = ctx.input.settings.burnout.maxConsecutiveDays;
  let run = 1;
  for (let j = index + 1; j < worked.length && worked[j]; j++) run++;
  for (let j = index - 1; run <= max; j--) {
    const busy = j >= 0 ? worked[j] : workedBefore(ctx, j);
    if (busy === false) break;
    // An unknown day may have been a working one: assume it was.
    run++;
  }
  return run <= max;
}

/** Whether day `offset` (< 0) before the week had work, or null when the input cannot say. */
function workedBefore(ctx: Ctx, offset: number): boolean | null {
  const span = cachedDaySpan(addDays(ctx.input.weekStart, offset), ctx.input.settings.homeZone);
  if (coveredMs(ctx.work, span.start, span.end) > 0) return true;
  return span.start >= contextFrom(ctx) ? false : null;
}

/** From when the input holds all the work (see FillInput.contextFrom). */
function contextFrom(ctx: Ctx): Instant {
  return ctx.input.contextFrom ?? (ctx.days[0]?.start ?? 0) - DAY;
}

/**
 * A block of weekly rest (weekly + daily rest, as the weekly-rest rule measures it) to keep
 * free, where it covers the fewest working hours; none when the fixed work leaves none. The
 * block is picked on a half-hour grid of the week, so accepting the proposals (which stay out
 * of it) leaves the same pick: re-planning proposes nothing new.
 * When nothing is known before the week, the rest may reach further back than this view: then
 * the free start of the week is kept too, in case it is part of a long block.
 */
export function weeklyRestBlock(ctx: Ctx): Interval[] {
  const b = ctx.input.settings.burnout;
  const need = (b.weeklyRestMin + b.dailyRestMin) * MINUTE;
  const first = ctx.days[0];
  const last = ctx.days[ctx.days.length - 1];
  if (!first || !last || need <= 0) return [];
  const week = { start: first.start, end: last.end };
  const best = longestRest(ctx.work, week);
  if (best.end - best.start < need) {
    // The rule measures from the last work before the week, among the days it looks back at.
    const lookBack = cachedDaySpan(
      addDays(ctx.input.weekStart, -(b.maxConsecutiveDays + 1)),
      ctx.input.settings.homeZone,
    );
    const seesBefore =
      ctx.work.some((w) => w.end <= week.start) || contextFrom(ctx) <= lookBack.start;
    const next = ctx.work.find((w) => w.end > week.start);
    if (seesBefore || !next || next.start <= week.start) return [];
    return [{ start: week.start, end: next.start }];
  }
  const working = workingIntervals(ctx);
  let pick: Interval | null = null;
  let cost = Infinity;
  for (let s = week.start; s + need <= week.end; s += REST_GRID) {
    if (coveredMs(ctx.work, s, s + need) > 0) continue;
    const c = coveredMs(working, s, s + need);
    if (c < cost) {
      pick = { start: s, end: s + need };
      cost = c;
    }
  }
  // No grid position fits (a block just long enough, off the grid): keep the whole block.
  return [pick ?? best];
}

/** The week's working hours as merged instants (a day either side). */
export function workingIntervals(ctx: Ctx): Interval[] {
  const out: Interval[] = [];
  for (const d of ctx.days) {
    const wd = weekdayOfOrdinal(d.ord);
    for (const w of ctx.input.settings.workingHours) {
      if (w.weekday !== wd) continue;
      out.push({
        start: ctx.homeClock(d.ord, clockToMinutes(w.start)),
        end: ctx.homeClock(d.ord, clockToMinutes(w.end)),
      });
    }
  }
  return mergeIntervals(out);
}

/** True when the fixed work alone already breaks the long-day break rule on `d`. */
export function breakAlreadyMissed(ctx: Ctx, d: Day): boolean {
  const after = ctx.input.settings.burnout.breakAfterDayMin * MINUTE;
  return coveredMs(ctx.work, d.start, d.end) > after && !hasLongBreak(ctx.work, d);
}

/** Whether a day with `extra` work added (sorted, disjoint from the fixed work) keeps a long-day break. */
export function keepsLongDayBreak(ctx: Ctx, d: Day, extra: readonly Interval[]): boolean {
  const near = ctx.work.filter((w) => w.end > d.start - DAY && w.start < d.end + DAY);
  const work = mergeIntervals([...near, ...extra].sort((a, b) => a.start - b.start));
  const after = ctx.input.settings.burnout.breakAfterDayMin * MINUTE;
  return coveredMs(work, d.start, d.end) <= after || hasLongBreak(work, d);
}
