/**
 * Pass 1 of gap filling: walk the free time of the week in order (working hours, minus quiet
 * hours, minus client work with its buffers and accepted sessions) and carve candidate sessions,
 * choosing at each spot the platform with the best score for as long as the platform and the
 * break rule allow (adjacent commitments included), then a break before the next session. Any subset of the
 * candidates keeps the break rule, so selection cannot break it.
 */
import { coveredMs, firstEndingAfter, mergeIntervals, subtractIntervals } from '../intervals';
import { MINUTE, clockToMinutes, weekdayOfOrdinal } from '../time';
import type { DailyWindow, Instant, Interval } from '../types';
import {
  SNAP,
  SNAP_PREFERRED,
  ceilTo,
  floorTo,
  type Candidate,
  type Ctx,
  type Day,
} from './context';
import { nightWindows, streakAllows, sustainable, weeklyRestBlock } from './limits';
import { choose } from './scoring';

/** Windows of a daily clock range (may cross midnight) touching day `ord`, in the home zone. */
export function dailyWindows(ctx: Ctx, w: DailyWindow, ord: number): Interval[] {
  const start = clockToMinutes(w.start);
  const end = clockToMinutes(w.end);
  const at = ctx.homeClock;
  if (end > start) return [{ start: at(ord, start), end: at(ord, end) }];
  return [
    { start: at(ord - 1, start), end: at(ord, end) },
    { start: at(ord, start), end: at(ord + 1, end) },
  ];
}

/**
 * Free intervals of one day: working hours within `keep`, minus quiet and night hours, buffered
 * client work and sessions (`blocked`).
 */
function freeTime(ctx: Ctx, d: Day, blocked: Interval[], keep: Interval): Interval[] {
  const { settings } = ctx.input;
  const wd = weekdayOfOrdinal(d.ord);
  const at = ctx.homeClock;
  const working = settings.workingHours
    .filter((w) => w.weekday === wd)
    .map((w) => ({
      start: Math.max(
        at(d.ord, clockToMinutes(w.start)),
        d.start,
        keep.start,
        ctx.input.notBefore ?? -Infinity,
      ),
      end: Math.min(at(d.ord, clockToMinutes(w.end)), keep.end),
    }));
  const quiet = settings.quietHours ? dailyWindows(ctx, settings.quietHours, d.ord) : [];
  quiet.push(...nightWindows(ctx, d));
  return subtractIntervals(
    subtractIntervals(mergeIntervals(working), mergeIntervals(quiet)),
    blocked,
  );
}

function blockedTime(ctx: Ctx): Interval[] {
  const buffer = ctx.input.settings.bufferMin * MINUTE;
  const buffered = ctx.clientWork.map((c) => ({ start: c.start - buffer, end: c.end + buffer }));
  return mergeIntervals([...buffered, ...ctx.input.sessions, ...ctx.busy]);
}

/** The first candidate of a day bounds where the day's last may end (the day span). */
type DaySpan = { first: Instant | null; end: Instant };

/** Candidate sessions over the whole week, in time order, honouring the break rule. */
export function generate(ctx: Ctx): Candidate[] {
  const blocked = mergeIntervals([...blockedTime(ctx), ...weeklyRestBlock(ctx)]);
  const worked = ctx.days.map((d) => coveredMs(ctx.work, d.start, d.end) > 0);
  const sessions = mergeIntervals(ctx.input.sessions);
  const out: Candidate[] = [];
  let generated: Interval | null = null;
  let prevLast: Instant | null = null;
  ctx.days.forEach((d, dayIndex) => {
    const before = out.length;
    // A day off gets no proposals; its own fixed work (if any) still counts for the limits.
    const off = ctx.input.daysOff?.has(d.day) ?? false;
    if (!off && (worked[dayIndex] || streakAllows(ctx, worked, dayIndex))) {
      const keep = sustainable(ctx, d, prevLast);
      const span: DaySpan = { first: null, end: keep.end };
      for (const gap of freeTime(ctx, d, blocked, keep)) {
        const from = { start: afterSession(ctx, sessions, gap.start), end: gap.end };
        generated = carve(ctx, from, dayIndex, generated, out, span);
      }
    }
    const last = out.length > before ? out[out.length - 1] : undefined;
    if (last) worked[dayIndex] = true;
    prevLast = last ? last.end : null;
  });
  return out;
}

/**
 * Where free time starting at `t` may take a session: after a break when an accepted session
 * ends just before, as after a generated one, so accepting proposals leaves nothing to add.
 */
function afterSession(ctx: Ctx, sessions: readonly Interval[], t: Instant): Instant {
  const prev = sessions[firstEndingAfter(sessions, t) - 1];
  const brk = ctx.input.settings.burnout.continuousBreakMin * MINUTE;
  return prev && t - prev.end < brk ? ceilTo(prev.end + brk, SNAP) : t;
}

function carve(
  ctx: Ctx,
  gap: Interval,
  dayIndex: number,
  lastGen: Interval | null,
  out: Candidate[],
  span: DaySpan,
): Interval | null {
  const { continuousMaxMin, continuousBreakMin, fragmentedSpanMin } = ctx.input.settings.burnout;
  const maxRun = continuousMaxMin * MINUTE;
  const brk = continuousBreakMin * MINUTE;
  let end = floorTo(Math.min(gap.end, span.end), SNAP);
  // On the quarter hour when a session still fits there, otherwise on the 5-minute grid.
  const startAt = (t: Instant): Instant => {
    const quarter = ceilTo(t, SNAP_PREFERRED);
    return quarter + ctx.minLen <= end ? quarter : ceilTo(t, SNAP);
  };
  let p = startAt(gap.start);
  let gen = lastGen;
  while (p + ctx.minLen <= end) {
    const prev = previousChain(ctx, p, gen);
    const joined = prev !== null && p - prev.end < brk;
    const runStart = joined && prev ? prev.start : p;
    let limit = Math.min(end, runStart + maxRun);
    const next = ctx.chains[firstEndingAfter(ctx.chains, p)];
    if (next && next.start - limit < brk && next.end - runStart > maxRun) {
      limit = Math.min(limit, next.start - brk);
    }
    const pick = choose(ctx, p, floorTo(limit, SNAP) - p);
    if (!pick) {
      if (!joined || !prev) break;
      p = ceilTo(prev.end + brk, SNAP);
      continue;
    }
    out.push({ dayIndex, start: p, end: p + pick.len, platform: pick.platform, pf: pick.pf });
    if (span.first === null) {
      // The day's first session: the rest of the day must end within the day span of it.
      span.first = p;
      span.end = Math.min(span.end, p + fragmentedSpanMin * MINUTE);
      end = Math.min(end, floorTo(span.end, SNAP));
    }
    gen = { start: runStart, end: p + pick.len };
    // One session per run: the next starts after a break, so free time makes one long session
    // rather than a session cut at the platform's maximum with a short remainder stuck to it.
    // It starts where a re-plan with this one accepted would (afterSession), so nothing is added.
    p = startAt(ceilTo(p + pick.len + brk, SNAP));
  }
  return gen;
}

/** The run of work (fixed chain or generated sessions) that ends last at or before `t`. */
function previousChain(ctx: Ctx, t: Instant, gen: Interval | null): Interval | null {
  const i = firstEndingAfter(ctx.chains, t) - 1;
  const fixed = i >= 0 ? (ctx.chains[i] as Interval) : null;
  if (!fixed) return gen;
  if (!gen) return fixed;
  if (gen.end >= fixed.end) return gen;
  // Generated sessions that ran up to this fixed chain belong to the same run.
  const joined =
    fixed.start >= gen.end &&
    fixed.start - gen.end < ctx.input.settings.burnout.continuousBreakMin * MINUTE;
  return joined ? { start: gen.start, end: fixed.end } : fixed;
}
