/**
 * Gap filling and the burnout rules agree: accepting every proposal the planner makes adds no
 * burnout warning that the fixed work (client work and sessions already accepted) did not
 * already cause. Warnings are compared by rule and day: more of the same warning on a day the
 * fixed work already breaks the rule is not new. Every rule takes part; none is excluded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BurnoutWarning } from '../../../src/core/burnout';
import { planWeek, type WeekInput } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import { weekInputArb } from '../week-arbitraries';
import { session } from './planner-fixtures';

const keys = (warnings: readonly BurnoutWarning[]): string[] =>
  [...new Set(warnings.map((w) => `${w.rule}:${w.day ?? 'week'}`))].sort();

/** Warning keys of the fixed work alone, and after accepting every proposal. */
function compare(input: WeekInput): { fixed: string[]; accepted: string[]; proposals: number } {
  const fixed = planWeek({
    ...input,
    platforms: input.platforms.map((p) => ({ ...p, enabled: false })),
  });
  const plan = planWeek(input);
  const sessions = plan.proposals.map((p) =>
    session(`accepted-${p.id}`, p.platformId, p.start, p.end),
  );
  const accepted = planWeek({ ...input, sessions: [...input.sessions, ...sessions] });
  return {
    fixed: keys(fixed.warnings),
    accepted: keys(accepted.warnings),
    proposals: plan.proposals.length,
  };
}

/** The keys in `after` that are not in `before`. */
const added = (before: string[], after: string[]): string[] =>
  after.filter((k) => !before.includes(k));

describe('accepting proposals adds no burnout warning', () => {
  it('on the Manila sample week', () => {
    const s = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
    const { fixed, accepted, proposals } = compare(s);
    expect(proposals).toBeGreaterThan(3);
    expect(added(fixed, accepted)).toEqual([]);
  });

  it('on the sample week with the screen-work rule at 50 min (the break rule is one setting)', () => {
    const s = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
    const settings = {
      ...s.settings,
      burnout: { ...s.settings.burnout, continuousMaxMin: 50, continuousBreakMin: 10 },
    };
    const { fixed, accepted, proposals } = compare({ ...s, settings });
    expect(proposals).toBeGreaterThan(3);
    expect(added(fixed, accepted)).toEqual([]);
  });

  it('for any week, thresholds and working hours', () => {
    fc.assert(
      fc.property(weekInputArb, (input) => {
        const { fixed, accepted } = compare(input);
        expect(added(fixed, accepted)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
