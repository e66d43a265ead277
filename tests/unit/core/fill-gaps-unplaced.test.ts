/**
 * A platform that gets no proposal in the week says why (issue 13): the sample week's MTurk,
 * whose New York peak hours fall in a Manila worker's quiet hours, and each other cause.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import { fillGapsExplained, type FillInput } from '../../../src/core/fill-gaps';
import { planWeek } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import type { Settings } from '../../../src/core/types';
import { heavyProfile } from '../../bench/heavy-profile';
import { platform } from './planner-fixtures';

const sample = (): ReturnType<typeof sampleWeek> =>
  sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });

describe('the plan says why a platform got nothing', () => {
  it("MTurk's New York peak hours fall in a Manila worker's quiet hours", () => {
    const plan = planWeek(sample());
    const mturk = plan.unplaced.find((u) => u.platformId === 'sample-mturk');
    expect(mturk).toEqual({
      platformId: 'sample-mturk',
      kind: 'peak-in-quiet',
      reason:
        "MTurk's peak hours, 09:00–17:00 New York, fall in your quiet hours, 22:00–07:00 Manila",
    });
    const placed = new Set(plan.proposals.map((p) => p.platformId));
    expect(placed.size).toBeGreaterThan(0);
    for (const u of plan.unplaced) expect(placed.has(u.platformId)).toBe(false);
    const named = new Set([...placed, ...plan.unplaced.map((u) => u.platformId)]);
    expect(named.size).toBe(sample().platforms.length);
  });

  it('names a switched-off platform', () => {
    const s = sample();
    const platforms = s.platforms.map((p) =>
      p.id === 'sample-prolific' ? { ...p, enabled: false } : p,
    );
    const plan = planWeek({ ...s, platforms });
    expect(plan.unplaced.find((u) => u.platformId === 'sample-prolific')?.reason).toBe(
      'Prolific is switched off',
    );
  });

  it('says the income target is already met, or the weekly cap reached', () => {
    const s = sample();
    const target = planWeek({ ...s, settings: { ...s.settings, weeklyIncomeTarget: 1 } });
    expect(target.proposals).toEqual([]);
    expect(target.unplaced.map((u) => u.kind)).toEqual([
      'target-met',
      'target-met',
      'target-met',
      'target-met',
    ]);
    expect(target.unplaced[0]?.reason).toBe(
      'The income target is already met: nothing more is proposed for Appen',
    );
    const cap = planWeek({ ...s, settings: { ...s.settings, weeklyCapMin: 60 } });
    expect(cap.proposals).toEqual([]);
    expect(new Set(cap.unplaced.map((u) => u.reason))).toContain(
      'The weekly cap is reached: no time is left for MTurk',
    );
  });

  it('says when better-paid sessions took the time the caps leave (the heavy week)', () => {
    const plan = planWeek(heavyProfile());
    expect(plan.unplaced.find((u) => u.platformId === 'prolific')).toEqual({
      platformId: 'prolific',
      kind: 'caps-used',
      reason: 'Better-paid sessions use the time the caps and the income target leave for Prolific',
    });
  });

  describe('on a plain UTC week', () => {
    const settings: Settings = { ...defaultSettings('UTC'), weeklyIncomeTarget: null };
    const base: FillInput = {
      weekStart: '2026-03-02',
      settings,
      occurrences: [],
      sessions: [],
      platforms: [],
    };
    const kinds = (input: FillInput): string[] =>
      fillGapsExplained(input).unplaced.map((u) => `${u.platformId}:${u.kind}`);

    it('says there is no free time when the working hours leave none', () => {
      const out = fillGapsExplained({
        ...base,
        settings: { ...settings, workingHours: [] },
        platforms: [platform('p', { name: 'Toloka' })],
      });
      expect(out.unplaced.map((u) => u.reason)).toEqual([
        'No free time within your working hours for a 30-min Toloka session',
      ]);
    });

    it('tells peak hours outside working hours from a better-paid platform', () => {
      const weekend = platform('weekend', {
        name: 'Weekend',
        hourlyRate: 5,
        peakZone: 'UTC',
        peakWindows: [{ weekday: 0, start: '10:00', end: '14:00' }],
      });
      const cheap = platform('cheap', { hourlyRate: 4, peakWindows: [] });
      const rich = platform('rich', { hourlyRate: 12, peakWindows: [] });
      expect(kinds({ ...base, platforms: [weekend, cheap, rich] })).toEqual([
        'cheap:outranked',
        'weekend:peak-outside-working',
      ]);
      expect(fillGapsExplained({ ...base, platforms: [weekend, rich] }).unplaced[0]?.reason).toBe(
        "Weekend's peak hours, 10:00–14:00 UTC, fall outside your working hours, 08:00–18:00 UTC",
      );
    });
  });
});
