/**
 * Planner benchmarks on the heavy profile. Run through scripts/bench.mjs (npm run bench), which
 * points vitest at this folder and merges the medians written to BENCH_OUT into bench-results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyzeBurnout } from '../../src/core/burnout';
import { fillGaps } from '../../src/core/fill-gaps';
import { planWeek, weekContext } from '../../src/core/plan-week';
import { expandCommitments } from '../../src/core/recurrence';
import type { WorkItem } from '../../src/core/types';
import { heavyProfile } from './heavy-profile';
import { planYear } from './plan-range';

type Result = { name: string; median_ms: number; budget_ms: number; samples: number };

/** Median of per-call times after a warm-up, sampling for at least `minMs` (and 20 calls). */
function measure(name: string, budget: number, fn: () => unknown, minMs = 400): Result {
  // Warm up until the JIT has settled (at least 50 calls and 300 ms), as tinybench does.
  const warm = performance.now() + 300;
  for (let i = 0; i < 50 || performance.now() < warm; i++) fn();
  const times: number[] = [];
  const until = performance.now() + minMs;
  while (times.length < 20 || performance.now() < until) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return {
    name,
    median_ms: Math.round(median * 1000) / 1000,
    budget_ms: budget,
    samples: times.length,
  };
}

it('planner benchmarks (heavy profile)', () => {
  const input = heavyProfile();
  const zone = input.settings.homeZone;
  const occurrences = expandCommitments(
    input.commitments,
    weekContext(input.weekStart, input.settings),
  );
  const plan = planWeek(input);
  const items: WorkItem[] = [
    ...occurrences.map((o): WorkItem => ({
      id: o.id,
      source: 'commitment',
      start: o.start,
      end: o.end,
      clientId: o.clientId,
      platformId: null,
      label: o.title,
    })),
    ...plan.proposals.map((p): WorkItem => ({
      id: p.id,
      source: 'proposal',
      start: p.start,
      end: p.end,
      clientId: null,
      platformId: p.platformId,
    })),
  ];
  const fillInput = {
    weekStart: input.weekStart,
    settings: input.settings,
    platforms: input.platforms,
    occurrences,
    sessions: [],
  };
  const burnoutInput = {
    homeZone: zone,
    thresholds: input.settings.burnout,
    weekStart: input.weekStart,
  };
  const yearInput = { ...input, weekStart: '2026-01-05' };
  const results = [
    measure('plan-week-heavy', 2, () => planWeek(input)),
    measure('plan-year-heavy', 100, () => planYear(yearInput), 2000),
    measure('fill-gaps-week-heavy', 2, () => fillGaps(fillInput)),
    measure('burnout-week-heavy', 1, () => analyzeBurnout(items, burnoutInput)),
  ];
  const monthly = input.commitments.filter((c) => c.recurrence.kind === 'monthly');
  const year = { start: Date.UTC(2026, 0, 4), end: Date.UTC(2027, 0, 4) };
  console.log(
    `heavy week: ${plan.occurrences.length} occurrences, ${plan.proposals.length} proposals, ${plan.warnings.length} warnings; ` +
      `year: ${expandCommitments(monthly, year).length} monthly occurrences`,
  );
  const out = process.env.BENCH_OUT;
  if (!out) {
    console.table(results);
    return;
  }
  // Other bench files add their results to the same file: keep them.
  const before: unknown = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
  const kept = Array.isArray(before)
    ? before.filter((r: { name?: string }) => !results.some((x) => x.name === r.name))
    : [];
  writeFileSync(out, JSON.stringify([...kept, ...results]));
}, 120_000);
