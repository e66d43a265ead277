/**
 * Microtask gap filling (DOMAIN.md "Gap filling"). Two deterministic passes over a shared
 * context (fill-gaps/context.ts):
 *  1. placement: carve candidate sessions out of the week's free time, best platform at each
 *     spot, keeping the break rule and the burnout rules' rest and span (fill-gaps/placement.ts);
 *  2. selection: take candidates best score first within the caps and the income target
 *     (fill-gaps/selection.ts).
 * Scoring (rate, peak bonus, platform choice) is shared by both (fill-gaps/scoring.ts).
 */
import type { Proposal } from './plan-types';
import { buildContext } from './fill-gaps/context';
import type { FillInput } from './fill-gaps/input';
import { generate } from './fill-gaps/placement';
import { select } from './fill-gaps/selection';

export type { Proposal } from './plan-types';
export type { FillInput } from './fill-gaps/input';

/** Deterministic microtask proposals for a week, each with the reason it was placed there. */
export function fillGaps(input: FillInput): Proposal[] {
  const platforms = input.platforms
    .filter((p) => p.enabled && p.minSessionMin > 0 && p.maxSessionMin >= p.minSessionMin)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (platforms.length === 0) return [];
  const ctx = buildContext(input, platforms);
  return select(ctx, generate(ctx)).sort((a, b) => a.start - b.start);
}
