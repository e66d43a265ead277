/**
 * Microtask gap filling (DOMAIN.md "Gap filling"). Two deterministic passes over a shared
 * context (fill-gaps/context.ts):
 *  1. placement: carve candidate sessions out of the week's free time, best platform at each
 *     spot, keeping the break rule and the burnout rules' rest and span (fill-gaps/placement.ts);
 *  2. selection: take candidates best score first within the caps and the income target
 *     (fill-gaps/selection.ts).
 * Scoring (rate, peak bonus, platform choice) is shared by both (fill-gaps/scoring.ts).
 */
import type { Proposal } from './types';
import { buildContext } from './fill-gaps/context';
import type { FillInput } from './fill-gaps/input';
import { generate } from './fill-gaps/placement';
import { initialBudget, select } from './fill-gaps/selection';
import { unplacedPlatforms, type FillOutcome, type Unplaced } from './fill-gaps/unplaced';

export type { Proposal } from './types';
export type { FillInput } from './fill-gaps/input';
export type { Unplaced } from './fill-gaps/unplaced';

/** Deterministic microtask proposals for a week, each with the reason it was placed there. */
export function fillGaps(input: FillInput): Proposal[] {
  return run(input).proposals;
}

/** The proposals, and why each platform left without one got none (fill-gaps/unplaced.ts). */
export function fillGapsExplained(input: FillInput): {
  proposals: Proposal[];
  unplaced: Unplaced[];
} {
  const outcome = run(input);
  return { proposals: outcome.proposals, unplaced: unplacedPlatforms(input, outcome) };
}

function run(input: FillInput): FillOutcome & { proposals: Proposal[] } {
  const platforms = input.platforms
    .filter((p) => p.enabled && p.minSessionMin > 0 && p.maxSessionMin >= p.minSessionMin)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (platforms.length === 0) return { ctx: null, budget: null, candidates: [], proposals: [] };
  const ctx = buildContext(input, platforms);
  const candidates = generate(ctx);
  const proposals = select(ctx, candidates).sort((a, b) => a.start - b.start);
  return { ctx, budget: initialBudget(ctx), candidates, proposals };
}
