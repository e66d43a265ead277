/**
 * Pass 2 of gap filling: take candidates best score first until the daily, weekly and microtask
 * caps or the income target stop it, shortening (or switching platform) to fit what a cap
 * leaves. A cap is the lower of the user's cap and the burnout rule's warning level, and a long
 * day keeps its break, so accepting proposals adds no burnout warning. Accepting the proposals
 * and re-running yields nothing new: each day either got all its candidates or has less cap
 * left than the shortest session.
 */
import { amountInHome } from '../money';
import { coveredMs, mergeIntervals } from '../intervals';
import type { Proposal } from '../types';
import { proposalReason } from '../proposal-reason';
import { MINUTE } from '../time';
import { SNAP, SNAP_PREFERRED, floorTo, type Candidate, type Ctx } from './context';
import { breakAlreadyMissed, keepsLongDayBreak } from './limits';
import { choose, expectedEarnings, scoreOf } from './scoring';

export type Budget = { day: number[]; micro: number[]; week: number; income: number | null };

/** What the caps and the income target leave before any proposal. */
export function initialBudget(ctx: Ctx): Budget {
  const { settings, sessions } = ctx.input;
  const work = ctx.work;
  const micro = mergeIntervals(sessions);
  const b = settings.burnout;
  const dailyCap = Math.min(settings.dailyCapMin, b.dailyWarnMin) * MINUTE;
  const weeklyCap = Math.min(settings.weeklyCapMin, b.weeklyWarnMin) * MINUTE;
  const day = ctx.days.map((d) => dailyCap - coveredMs(work, d.start, d.end));
  const microLeft = ctx.days.map(
    (d) => b.microtaskDailyMaxMin * MINUTE - coveredMs(micro, d.start, d.end),
  );
  const weekUsed = ctx.days.reduce((sum, d) => sum + coveredMs(work, d.start, d.end), 0);
  const target = settings.weeklyIncomeTarget;
  return {
    day,
    micro: microLeft,
    week: weeklyCap - weekUsed,
    income: target === null ? null : target - (ctx.input.committedIncome ?? 0) - sessionIncome(ctx),
  };
}

/** An amount in the target's (the worker's) currency; one without a rate counts for nothing. */
function inTargetCurrency(ctx: Ctx, amount: number, currency: string): number {
  const { currency: home, exchangeRates } = ctx.input.settings;
  return amountInHome(amount, currency, home, exchangeRates) ?? 0;
}

/** Expected (or, once done, actual) earnings of the accepted sessions in the target currency. */
function sessionIncome(ctx: Ctx): number {
  const { sessions } = ctx.input;
  const first = ctx.days[0]?.start ?? 0;
  const last = ctx.days[ctx.days.length - 1]?.end ?? 0;
  let sum = 0;
  for (const s of sessions) {
    const p = ctx.platforms.find((x) => x.id === s.platformId);
    if (!p || s.start < first || s.start >= last) continue;
    const actual = s.status === 'done' ? s.actualEarnings : null;
    sum += inTargetCurrency(ctx, actual ?? expectedEarnings(p, s.end - s.start), p.currency);
  }
  return sum;
}

/** Best candidates first, within caps and until the income target is met. */
export function select(ctx: Ctx, candidates: Candidate[]): Proposal[] {
  const budget = initialBudget(ctx);
  const missed = ctx.days.map((d) => breakAlreadyMissed(ctx, d));
  const byDay = ctx.days.map((): Proposal[] => []);
  let order = candidates
    .map((c) => ({ c, score: scoreOf(c.platform, c.pf) }))
    .sort((a, b) => b.score - a.score || a.c.start - b.c.start)
    .map(({ c }) => c);
  const out: Proposal[] = [];
  // A candidate refused for a long day's break may fit once later ones have opened a gap, as it
  // would on a re-plan after accepting them: try the refused again until nothing changes.
  for (let added = true; added && order.length > 0;) {
    added = false;
    const refused: Candidate[] = [];
    for (const c of order) {
      if (budget.income !== null && budget.income <= 0) return out;
      const proposal = fit(ctx, budget, c);
      if (!proposal) continue;
      const day = ctx.days[c.dayIndex];
      const mine = byDay[c.dayIndex] ?? [];
      if (day && !missed[c.dayIndex] && !keepsLongDayBreak(ctx, day, [...mine, proposal])) {
        refused.push(c);
        continue;
      }
      spend(ctx, budget, c.dayIndex, proposal);
      mine.push(proposal);
      out.push(proposal);
      added = true;
    }
    order = refused;
  }
  return out;
}

/** The candidate as it fits what the caps leave (shortened or on another platform), or null. */
function fit(ctx: Ctx, budget: Budget, c: Candidate): Proposal | null {
  const room = Math.min(budget.day[c.dayIndex] ?? 0, budget.micro[c.dayIndex] ?? 0, budget.week);
  const fits = c.end - c.start <= room;
  const pick = fits
    ? { platform: c.platform, len: c.end - c.start, pf: c.pf }
    : choose(ctx, c.start, floorTo(room, SNAP));
  if (!pick) return null;
  const fitted = { ...c, end: c.start + pick.len, platform: pick.platform, pf: pick.pf };
  return toProposal(ctx, fitted, !fits);
}

function spend(ctx: Ctx, budget: Budget, dayIndex: number, p: Proposal): void {
  const len = p.end - p.start;
  budget.day[dayIndex] = (budget.day[dayIndex] ?? 0) - len;
  budget.micro[dayIndex] = (budget.micro[dayIndex] ?? 0) - len;
  budget.week -= len;
  if (budget.income !== null)
    budget.income -= inTargetCurrency(ctx, p.expectedEarnings, p.currency);
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
