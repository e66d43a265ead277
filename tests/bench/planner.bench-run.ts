/**
 * Planner benchmarks on the heavy profile. Run through scripts/bench.mjs (npm run bench), which
 * points vitest at this folder and merges the medians written to BENCH_OUT into bench-results.json.
 */
import { it } from 'vitest';
import { analyzeBurnout } from '../../src/core/burnout';
import { burnoutItems } from '../../src/core/burnout/work-items';
import { fillGaps } from '../../src/core/fill-gaps';
import { planWeek, weekContext } from '../../src/core/plan-week';
import { expandCommitments } from '../../src/core/recurrence';
import { measure, record } from './bench-results';
import { heavyProfile } from './heavy-profile';
import { planYear } from './plan-range';

it('planner benchmarks (heavy profile)', () => {
  const input = heavyProfile();
  const zone = input.settings.homeZone;
  const occurrences = expandCommitments(
    input.commitments,
    weekContext(input.weekStart, input.settings),
  );
  const plan = planWeek(input);
  // The items the planner itself hands the burnout rules: the week's work and its proposals.
  const items = burnoutItems(occurrences, [], plan.proposals, input.platforms, []);
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
    measure('plan-week-heavy', 2, () => planWeek(input), 400),
    measure('plan-year-heavy', 100, () => planYear(yearInput), 2000),
    measure('fill-gaps-week-heavy', 2, () => fillGaps(fillInput), 400),
    measure('burnout-week-heavy', 1, () => analyzeBurnout(items, burnoutInput), 400),
  ];
  const monthly = input.commitments.filter((c) => c.recurrence.kind === 'monthly');
  const year = { start: Date.UTC(2026, 0, 4), end: Date.UTC(2027, 0, 4) };
  console.log(
    `heavy week: ${plan.occurrences.length} occurrences, ${plan.proposals.length} proposals, ${plan.warnings.length} warnings; ` +
      `year: ${expandCommitments(monthly, year).length} monthly occurrences`,
  );
  record(results);
}, 120_000);
