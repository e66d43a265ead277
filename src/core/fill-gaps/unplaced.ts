/**
 * Why a platform got no proposal in the week (issue 13): switched off, the income target or the
 * weekly cap already reached, no free time, its peak hours in the worker's quiet or non-working
 * hours, or better-paid platforms taking the time. The first cause that holds is the one said.
 */
import { coveredMs, mergeIntervals, subtractIntervals } from '../intervals';
import type { Interval, Platform, Proposal } from '../types';
import { unplacedReason, type UnplacedKind } from '../proposal-reason';
import { MINUTE } from '../time';
import type { Candidate, Ctx } from './context';
import type { FillInput } from './input';
import { nightWindows, workingIntervals } from './limits';
import { dailyWindows } from './placement';
import type { Budget } from './selection';

export type Unplaced = { platformId: string; kind: UnplacedKind; reason: string };

/** What one gap-filling call knew, for explaining the platforms it left out. */
export type FillOutcome = {
  ctx: Ctx | null;
  budget: Budget | null;
  candidates: readonly Candidate[];
  proposals: readonly Proposal[];
};

/** The platforms of `input` without a proposal, each with why, in the input's id order. */
export function unplacedPlatforms(input: FillInput, outcome: FillOutcome): Unplaced[] {
  const placed = new Set(outcome.proposals.map((p) => p.platformId));
  return input.platforms
    .filter((p) => !placed.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => {
      const kind = kindOf(p, outcome);
      return { platformId: p.id, kind, reason: unplacedReason(kind, p, input.settings) };
    });
}

function kindOf(p: Platform, { ctx, budget, candidates }: FillOutcome): UnplacedKind {
  if (!p.enabled) return 'switched-off';
  if (!ctx || !budget || !ctx.platforms.includes(p)) return 'unusable-lengths';
  if (budget.income !== null && budget.income <= 0) return 'target-met';
  if (budget.week < p.minSessionMin * MINUTE) return 'weekly-cap';
  if (candidates.length === 0) return 'no-free-time';
  if (candidates.some((c) => c.platform === p)) return 'caps-used';
  const peak = peakTime(ctx, p);
  if (peak.total > 0 && peak.usable === 0) {
    return peak.quiet > 0 ? 'peak-in-quiet' : 'peak-outside-working';
  }
  return 'outranked';
}

/** The platform's peak time in the week: in all, inside usable working hours, inside quiet hours. */
function peakTime(ctx: Ctx, p: Platform): { total: number; usable: number; quiet: number } {
  const { settings } = ctx.input;
  const quiet: Interval[] = [];
  for (const d of ctx.days) {
    if (settings.quietHours) quiet.push(...dailyWindows(ctx, settings.quietHours, d.ord));
    quiet.push(...nightWindows(ctx, d));
  }
  const quietMerged = mergeIntervals(quiet);
  const usable = subtractIntervals(workingIntervals(ctx), quietMerged);
  const weekStart = ctx.days[0]?.start ?? 0;
  const weekEnd = ctx.days[ctx.days.length - 1]?.end ?? 0;
  const sum = { total: 0, usable: 0, quiet: 0 };
  for (const it of ctx.peaks.get(p.id) ?? []) {
    const start = Math.max(it.start, weekStart);
    const end = Math.min(it.end, weekEnd);
    if (end <= start) continue;
    sum.total += end - start;
    sum.usable += coveredMs(usable, start, end);
    sum.quiet += coveredMs(quietMerged, start, end);
  }
  return sum;
}
