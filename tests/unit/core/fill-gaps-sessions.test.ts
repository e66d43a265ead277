/**
 * Fewer, better proposals (issue 13): free time makes one session up to the platform's longest
 * rather than a session cut at the maximum with a short one stuck to it, and no session is
 * shorter than its platform's shortest. Baselines were measured on main before the change.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import { fillGaps, type Proposal } from '../../../src/core/fill-gaps';
import { planWeek, type WeekInput } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import { MINUTE, toInstant } from '../../../src/core/time';
import type { Settings } from '../../../src/core/types';
import { heavyProfile } from '../../bench/heavy-profile';
import { platform } from './planner-fixtures';

const lengths = (ps: readonly Proposal[]): number[] =>
  ps.map((p) => (p.end - p.start) / MINUTE).sort((a, b) => a - b);
const median = (xs: number[]): number => xs[Math.floor(xs.length / 2)] ?? 0;

/** Every proposal at least its platform's minimum and at most its maximum. */
function expectWithinLengths(input: WeekInput, ps: readonly Proposal[]): void {
  const byId = new Map(input.platforms.map((p) => [p.id, p]));
  for (const p of ps) {
    const plat = byId.get(p.platformId);
    const len = (p.end - p.start) / MINUTE;
    expect(len).toBeGreaterThanOrEqual(plat?.minSessionMin ?? Infinity);
    expect(len).toBeLessThanOrEqual(plat?.maxSessionMin ?? 0);
  }
}

/** The heavy profile with the weekly caps out of the way, so the free time decides. */
function uncappedHeavy(): WeekInput {
  const h = heavyProfile();
  const settings: Settings = {
    ...h.settings,
    weeklyCapMin: 70 * 60,
    weeklyIncomeTarget: null,
    burnout: { ...h.settings.burnout, weeklyWarnMin: 70 * 60, weeklyStrongMin: 80 * 60 },
  };
  return { ...h, settings };
}

describe('fewer, longer proposals', () => {
  // Measured on main before the change: count and median length (min) of the week's proposals.
  // `count` is exclusive unless `countAtMost` says the measure moved for another reason.
  const cases: {
    name: string;
    input: () => WeekInput;
    count: number;
    median: number;
    countAtMost?: boolean;
  }[] = [
    {
      name: 'the Manila sample week (before: 13, median 30 min)',
      input: () => sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) }),
      count: 13,
      median: 30,
      // Measured when a retainer's included hours were prorated per week, which billed the
      // sample's New York retainer some weekly overage. Its hours are now used up per month
      // (issue 15), so the same $400 target asks for one more session: the count may reach the
      // old one, the median must still be longer.
      countAtMost: true,
    },
    {
      // As it stands the heavy week is held at one proposal by the 40-h weekly warning level.
      name: 'the heavy profile without the weekly cap (before: 9, median 60 min)',
      input: uncappedHeavy,
      count: 9,
      median: 60,
    },
  ];
  for (const c of cases) {
    it(`on ${c.name}`, () => {
      const input = c.input();
      const plan = planWeek(input);
      const lens = lengths(plan.proposals);
      if (c.countAtMost) expect(lens.length).toBeLessThanOrEqual(c.count);
      else expect(lens.length).toBeLessThan(c.count);
      expect(median(lens)).toBeGreaterThan(c.median);
      expectWithinLengths(input, plan.proposals);
    });
  }
});

describe('one session per stretch of free time', () => {
  const settings: Settings = {
    ...defaultSettings('UTC'),
    bufferMin: 10,
    weeklyIncomeTarget: null,
  };
  const day = '2026-03-04';
  const at = (time: string): number => toInstant(day, time, 'UTC');
  /** Working hours on the 4th only, from 10:15 to `freeEnd`, and one platform. */
  const week = (freeEnd: string, maxMin: number) => ({
    weekStart: '2026-03-02',
    settings: {
      ...settings,
      workingHours: [{ weekday: 3 as const, start: '10:15', end: freeEnd }],
    },
    occurrences: [],
    sessions: [],
    platforms: [platform('p', { peakWindows: [], minSessionMin: 30, maxSessionMin: maxMin })],
  });

  it('makes 90 min of free time one 60-min session, not 60 and a 30 stuck to it', () => {
    const out = fillGaps(week('11:45', 60));
    expect(out.map((p) => [p.start, p.end])).toEqual([[at('10:15'), at('11:15')]]);
  });

  it('makes a long stretch sessions of the maximum, each after a break', () => {
    const out = fillGaps(week('17:00', 60));
    const lens = lengths(out);
    expect(lens.length).toBeGreaterThan(3);
    // Only the last may be shorter, where the working day ends.
    expect(lens.slice(1)).toEqual(lens.slice(1).map(() => 60));
    const sorted = [...out].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const gap = (sorted[i]?.start ?? 0) - (sorted[i - 1]?.end ?? 0);
      expect(gap).toBeGreaterThanOrEqual(settings.burnout.continuousBreakMin * MINUTE);
    }
  });

  it('proposes nothing in free time shorter than the platform minimum', () => {
    const w = week('11:00', 90);
    const min = (minSessionMin: number) => [
      platform('p', { peakWindows: [], minSessionMin, maxSessionMin: 90 }),
    ];
    // 10:15–11:00 is free: 45 min.
    expect(lengths(fillGaps({ ...w, platforms: min(45) }))).toEqual([45]);
    expect(fillGaps({ ...w, platforms: min(50) })).toEqual([]);
  });
});
