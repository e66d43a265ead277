/**
 * Microtask gap filling (DOMAIN.md "Gap filling"). Two deterministic passes:
 *  1. generate: walk the free time of the week in order (working hours, minus quiet hours, minus
 *     client work with its buffers and accepted sessions) and carve candidate sessions, choosing
 *     at each spot the platform with the best score, with a break whenever the run of continuous
 *     work (adjacent commitments included) would pass the break rule;
 *  2. select: take candidates best score first until the daily, weekly and microtask caps or the
 *     income target stop it, shortening (or switching platform) to fit what a cap leaves.
 * Any subset of the candidates keeps the break rule, so selection cannot break it. Accepting the
 * proposals and re-running yields nothing new: each day either got all its candidates or has less
 * cap left than the shortest session.
 *
 * Both passes stay in this file (just over 400 lines): they share the private context and
 * candidate shapes, and the proposal wording already lives in proposal-reason.ts.
 */
import {
  boundsStartingIn,
  cachedDaySpan,
  coveredMs,
  firstEndingAfter,
  mergeIntervals,
  subtractIntervals,
  zoneClock,
  type Proposal,
} from './plan-types';
import { proposalReason } from './proposal-reason';
import { DAY, MINUTE, addDays, clockToMinutes, dayOrdinal, weekdayOfOrdinal } from './time';
import type {
  CalendarDay,
  DailyWindow,
  Instant,
  Interval,
  MicrotaskSession,
  Occurrence,
  Platform,
  Settings,
} from './types';

export type { Proposal } from './plan-types';

export type FillInput = {
  /** First day of the week, home zone. */
  weekStart: CalendarDay;
  /** Days in the plan (7 by default). */
  dayCount?: number;
  settings: Settings;
  platforms: readonly Platform[];
  /** Client work; anything outside the week is ignored. */
  occurrences: readonly Occurrence[];
  /** Accepted sessions (locked or not, they are never moved). */
  sessions: readonly MicrotaskSession[];
  /**
   * Client income already planned this week in settings.currency. Accepted sessions' expected
   * earnings are added here, so accepting proposals moves the target as they promised.
   */
  committedIncome?: number;
  /** No proposals before this instant (e.g. now), when given. */
  notBefore?: Instant;
};

/** Peak sessions rank up to 50% above their plain hourly rate. */
export const PEAK_BONUS = 0.5;
const SNAP = 5 * MINUTE;
const SNAP_PREFERRED = 15 * MINUTE;

type Day = { day: CalendarDay; ord: number; index: number; start: Instant; end: Instant };
type Fixed = Interval & { title: string | null };
type Candidate = { dayIndex: number; start: Instant; end: Instant; platform: Platform; pf: number };
type Ctx = {
  input: FillInput;
  days: Day[];
  platforms: Platform[];
  peaks: Map<string, Interval[]>;
  clientWork: Fixed[];
  chains: Interval[];
  /** Client work and accepted sessions, merged. */
  work: Interval[];
  /** (day ordinal, minutes) → instant in the home zone. */
  homeClock: (ordinal: number, minutes: number) => Instant;
  minLen: number;
};

const ceilTo = (t: Instant, step: number): Instant => Math.ceil(t / step) * step;
const floorTo = (t: Instant, step: number): Instant => Math.floor(t / step) * step;

/** Deterministic microtask proposals for a week, each with the reason it was placed there. */
export function fillGaps(input: FillInput): Proposal[] {
  const platforms = input.platforms
    .filter((p) => p.enabled && p.minSessionMin > 0 && p.maxSessionMin >= p.minSessionMin)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (platforms.length === 0) return [];
  const ctx = buildContext(input, platforms);
  const candidates = generate(ctx);
  return select(ctx, candidates).sort((a, b) => a.start - b.start);
}

function buildContext(input: FillInput, platforms: Platform[]): Ctx {
  const zone = input.settings.homeZone;
  const days: Day[] = [];
  const first = dayOrdinal(input.weekStart);
  for (let i = 0; i < (input.dayCount ?? 7); i++) {
    const day = addDays(input.weekStart, i);
    const span = cachedDaySpan(day, zone);
    days.push({ day, ord: first + i, index: i, start: span.start, end: span.end });
  }
  const clientWork: Fixed[] = input.occurrences
    .filter((o) => o.end > o.start)
    .map((o) => ({ start: o.start, end: o.end, title: o.title }))
    .sort((a, b) => a.start - b.start);
  const work = [...clientWork, ...input.sessions];
  const peaks = new Map(
    platforms.map((p) => [p.id, peakIntervals(p, input.weekStart, days.length)]),
  );
  const week = { start: days[0]?.start ?? 0, end: days[days.length - 1]?.end ?? 0 };
  return {
    input,
    homeClock: zoneClock(zone, week),
    days,
    platforms,
    peaks,
    clientWork,
    chains: mergeIntervals(work, input.settings.burnout.continuousBreakMin * MINUTE),
    work: mergeIntervals(work),
    minLen: Math.min(...platforms.map((p) => p.minSessionMin)) * MINUTE,
  };
}

/** A platform's peak windows as instants over the home week (with a day either side). */
function peakIntervals(p: Platform, weekStart: CalendarDay, dayCount: number): Interval[] {
  const out: Interval[] = [];
  const first = dayOrdinal(weekStart);
  const at = zoneClock(p.peakZone, { start: (first - 1) * DAY, end: (first + dayCount + 1) * DAY });
  const windows = p.peakWindows.map((w) => ({
    weekday: w.weekday,
    start: clockToMinutes(w.start),
    end: clockToMinutes(w.end),
  }));
  for (let ord = first - 1; ord <= first + dayCount; ord++) {
    const wd = weekdayOfOrdinal(ord);
    for (const w of windows) {
      if (w.weekday !== wd) continue;
      out.push({
        start: at(ord, w.start),
        end: at(ord, w.end),
      });
    }
  }
  return mergeIntervals(out);
}

/** Windows of a daily clock range (may cross midnight) touching day `ord`, in the home zone. */
function dailyWindows(ctx: Ctx, w: DailyWindow, ord: number): Interval[] {
  const start = clockToMinutes(w.start);
  const end = clockToMinutes(w.end);
  const at = ctx.homeClock;
  if (end > start) return [{ start: at(ord, start), end: at(ord, end) }];
  return [
    { start: at(ord - 1, start), end: at(ord, end) },
    { start: at(ord, start), end: at(ord + 1, end) },
  ];
}

/** Free intervals of one day: working hours − quiet hours − buffered client work − sessions. */
function freeTime(ctx: Ctx, d: Day, blocked: Interval[]): Interval[] {
  const { settings } = ctx.input;
  const wd = weekdayOfOrdinal(d.ord);
  const keep = sustainable(ctx, d);
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
  return subtractIntervals(
    subtractIntervals(mergeIntervals(working), mergeIntervals(quiet)),
    blocked,
  );
}

/**
 * Where sessions may go on a day without creating burnout warnings that the fixed work alone
 * does not: 11 h rest after the previous day's last work and before the next day's first, and a
 * day span (first start to last end) of at most fragmentedSpanMin.
 */
function sustainable(ctx: Ctx, d: Day): Interval {
  const b = ctx.input.settings.burnout;
  const rest = b.dailyRestMin * MINUTE;
  const span = b.fragmentedSpanMin * MINUTE;
  const prevDay = ctx.days[d.index - 1]?.start ?? d.start - (d.end - d.start);
  const nextEnd = ctx.days[d.index + 1]?.end ?? d.end + (d.end - d.start);
  const prev = boundsStartingIn(ctx.work, prevDay, d.start);
  const today = boundsStartingIn(ctx.work, d.start, d.end);
  const next = boundsStartingIn(ctx.work, d.end, nextEnd);
  let start = prev ? prev.end + rest : -Infinity;
  let end = next ? next.start - rest : Infinity;
  if (today) {
    start = Math.max(start, today.end - span);
    end = Math.min(end, today.start + span);
  }
  return { start, end };
}

function blockedTime(ctx: Ctx): Interval[] {
  const buffer = ctx.input.settings.bufferMin * MINUTE;
  const buffered = ctx.clientWork.map((c) => ({ start: c.start - buffer, end: c.end + buffer }));
  return mergeIntervals([...buffered, ...ctx.input.sessions]);
}

function peakShare(ctx: Ctx, p: Platform, start: Instant, end: Instant): number {
  const list = ctx.peaks.get(p.id) ?? [];
  let inside = 0;
  for (let i = firstEndingAfter(list, start); i < list.length; i++) {
    const it = list[i] as Interval;
    if (it.start >= end) break;
    inside += Math.min(it.end, end) - Math.max(it.start, start);
  }
  return inside / (end - start);
}

const scoreOf = (p: Platform, pf: number): number => p.hourlyRate * (1 + PEAK_BONUS * pf);

/** The best platform for a session starting at `start` with at most `avail` ms, or null. */
function choose(
  ctx: Ctx,
  start: Instant,
  avail: number,
): { platform: Platform; len: number; pf: number } | null {
  let best: { platform: Platform; len: number; pf: number; score: number } | null = null;
  for (const platform of ctx.platforms) {
    if (platform.minSessionMin * MINUTE > avail) continue;
    const len = floorTo(Math.min(platform.maxSessionMin * MINUTE, avail), SNAP);
    if (len < platform.minSessionMin * MINUTE) continue;
    const pf = peakShare(ctx, platform, start, start + len);
    const score = scoreOf(platform, pf);
    if (!best || score > best.score || (score === best.score && len > best.len)) {
      best = { platform, len, pf, score };
    }
  }
  return best;
}

/** Pass 1: candidate sessions over the whole week, in time order, honouring the break rule. */
function generate(ctx: Ctx): Candidate[] {
  const blocked = blockedTime(ctx);
  const out: Candidate[] = [];
  let generated: Interval | null = null;
  ctx.days.forEach((d, dayIndex) => {
    for (const gap of freeTime(ctx, d, blocked)) {
      generated = carve(ctx, gap, dayIndex, generated, out);
    }
  });
  return out;
}

function carve(
  ctx: Ctx,
  gap: Interval,
  dayIndex: number,
  lastGen: Interval | null,
  out: Candidate[],
): Interval | null {
  const { continuousMaxMin, continuousBreakMin } = ctx.input.settings.burnout;
  const maxRun = continuousMaxMin * MINUTE;
  const brk = continuousBreakMin * MINUTE;
  const end = floorTo(gap.end, SNAP);
  let p = ceilTo(gap.start, SNAP_PREFERRED);
  if (p + ctx.minLen > end) p = ceilTo(gap.start, SNAP);
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
    gen = { start: runStart, end: p + pick.len };
    p += pick.len;
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

type Budget = { day: number[]; micro: number[]; week: number; income: number | null };

function initialBudget(ctx: Ctx): Budget {
  const { settings, sessions } = ctx.input;
  const work = ctx.work;
  const micro = mergeIntervals(sessions);
  const day = ctx.days.map((d) => settings.dailyCapMin * MINUTE - coveredMs(work, d.start, d.end));
  const microLeft = ctx.days.map(
    (d) => settings.burnout.microtaskDailyMaxMin * MINUTE - coveredMs(micro, d.start, d.end),
  );
  const weekUsed = ctx.days.reduce((sum, d) => sum + coveredMs(work, d.start, d.end), 0);
  const target = settings.weeklyIncomeTarget;
  return {
    day,
    micro: microLeft,
    week: settings.weeklyCapMin * MINUTE - weekUsed,
    income: target === null ? null : target - (ctx.input.committedIncome ?? 0) - sessionIncome(ctx),
  };
}

/** Expected earnings of `ms` on a platform, to the cent (the same rounding for proposals and sessions). */
function expectedEarnings(p: Platform, ms: number): number {
  return Math.round((p.hourlyRate * ms * 100) / (60 * MINUTE)) / 100;
}

/** Expected (or, once done, actual) earnings of the accepted sessions in the target currency. */
function sessionIncome(ctx: Ctx): number {
  const { settings, sessions } = ctx.input;
  const first = ctx.days[0]?.start ?? 0;
  const last = ctx.days[ctx.days.length - 1]?.end ?? 0;
  let sum = 0;
  for (const s of sessions) {
    const p = ctx.platforms.find((x) => x.id === s.platformId);
    if (!p || p.currency !== settings.currency || s.start < first || s.start >= last) continue;
    const actual = s.status === 'done' ? s.actualEarnings : null;
    sum += actual ?? expectedEarnings(p, s.end - s.start);
  }
  return sum;
}

/** Pass 2: best candidates first, within caps and until the income target is met. */
function select(ctx: Ctx, candidates: Candidate[]): Proposal[] {
  const budget = initialBudget(ctx);
  const order = candidates
    .map((c) => ({ c, score: scoreOf(c.platform, c.pf) }))
    .sort((a, b) => b.score - a.score || a.c.start - b.c.start);
  const out: Proposal[] = [];
  for (const { c } of order) {
    if (budget.income !== null && budget.income <= 0) break;
    const room = Math.min(budget.day[c.dayIndex] ?? 0, budget.micro[c.dayIndex] ?? 0, budget.week);
    const fits = c.end - c.start <= room;
    const pick = fits
      ? { platform: c.platform, len: c.end - c.start, pf: c.pf }
      : choose(ctx, c.start, floorTo(room, SNAP));
    if (!pick) continue;
    const proposal = toProposal(
      ctx,
      {
        dayIndex: c.dayIndex,
        start: c.start,
        end: c.start + pick.len,
        platform: pick.platform,
        pf: pick.pf,
      },
      !fits,
    );
    spend(ctx, budget, c.dayIndex, proposal);
    out.push(proposal);
  }
  return out;
}

function spend(ctx: Ctx, budget: Budget, dayIndex: number, p: Proposal): void {
  const len = p.end - p.start;
  budget.day[dayIndex] = (budget.day[dayIndex] ?? 0) - len;
  budget.micro[dayIndex] = (budget.micro[dayIndex] ?? 0) - len;
  budget.week -= len;
  if (budget.income !== null && p.currency === ctx.input.settings.currency) {
    budget.income -= p.expectedEarnings;
  }
}

function toProposal(ctx: Ctx, c: Candidate, shortened: boolean): Proposal {
  const p = c.platform;
  return {
    id: `proposal:${p.id}:${c.start}`,
    platformId: p.id,
    start: c.start,
    end: c.end,
    expectedEarnings: expectedEarnings(p, c.end - c.start),
    currency: p.currency,
    peakShare: Math.round(c.pf * 100) / 100,
    score: scoreOf(p, c.pf),
    reason: proposalReason({
      platform: p,
      peakShare: c.pf,
      start: c.start,
      end: c.end,
      shortened,
      settings: ctx.input.settings,
      clientWork: ctx.clientWork,
      nearMs: ctx.input.settings.bufferMin * MINUTE + SNAP_PREFERRED,
    }),
  };
}
