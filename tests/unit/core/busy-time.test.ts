/**
 * Busy time from the worker's other calendars (calendar sync): the gap filler never proposes over
 * it, and an event of a calendar that counts as work counts for the burnout rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBurnout } from '../../../src/core/burnout';
import { planWeek, type WeekInput } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import { MINUTE, addDays, toInstant } from '../../../src/core/time';
import type { BusyTime } from '../../../src/core/types';
import { overlaps } from './planner-fixtures';

const WEEK = '2026-03-02';
const ZONE = 'Asia/Manila';
const sample: WeekInput = sampleWeek({ weekStart: WEEK, now: Date.UTC(2026, 2, 1) });

function busy(
  id: string,
  day: string,
  time: string,
  minutes: number,
  countsAsWork: boolean,
): BusyTime {
  const start = toInstant(day, time, ZONE);
  return { id, start, end: start + minutes * MINUTE, title: `Event ${id}`, countsAsWork };
}

describe('busy time in the plan', () => {
  it('moves proposals out of a busy event that sat where they were', () => {
    const before = planWeek(sample).proposals;
    const first = before[0];
    expect(first).toBeDefined();
    if (!first) return;
    const event: BusyTime = {
      id: 'b',
      start: first.start,
      end: first.end,
      title: 'Dentist',
      countsAsWork: false,
    };
    const after = planWeek({ ...sample, busy: [event] }).proposals;
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((p) => overlaps(p, event))).toEqual([]);
  });

  it('never proposes over any busy event, working or not', () => {
    const day = fc.integer({ min: 0, max: 6 });
    const event = fc.record({
      day,
      minute: fc.integer({ min: 0, max: 24 * 12 - 1 }).map((m) => m * 5),
      length: fc.integer({ min: 5, max: 8 * 60 }),
      countsAsWork: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), (events) => {
        const list = events.map((e, i): BusyTime => {
          const start = toInstant(addDays(WEEK, e.day), '00:00', ZONE) + e.minute * MINUTE;
          return {
            id: `b${i}`,
            start,
            end: start + e.length * MINUTE,
            title: 'x',
            countsAsWork: e.countsAsWork,
          };
        });
        const plan = planWeek({ ...sample, busy: list });
        for (const p of plan.proposals) for (const b of list) expect(overlaps(p, b)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('busy time and the burnout rules', () => {
  const empty: WeekInput = { ...sample, clients: [], commitments: [], platforms: [], sessions: [] };
  const day = addDays(WEEK, 1);
  const rulesOn = (input: WeekInput) =>
    planWeek(input)
      .warnings.filter((w) => w.day === day)
      .map((w) => w.rule);

  it('raises a long-day warning for an event that counts as work', () => {
    expect(rulesOn({ ...empty, busy: [busy('w', day, '08:00', 9 * 60, true)] })).toContain(
      'daily-hours',
    );
  });

  it('raises none for an event that does not count as work', () => {
    expect(rulesOn({ ...empty, busy: [busy('p', day, '08:00', 9 * 60, false)] })).toEqual([]);
  });

  it('does not take external work for microtasks', () => {
    const event = busy('w', day, '09:00', 5 * 60, true);
    const item = { ...event, source: 'external' as const, clientId: null, platformId: null };
    const warnings = analyzeBurnout([item], {
      homeZone: ZONE,
      thresholds: sample.settings.burnout,
      weekStart: WEEK,
    });
    expect(warnings.map((w) => w.rule)).not.toContain('microtask-monotony');
    // The same stretch of microtasks is flagged.
    const micro = analyzeBurnout([{ ...item, source: 'session' }], {
      homeZone: ZONE,
      thresholds: sample.settings.burnout,
      weekStart: WEEK,
    });
    expect(micro.map((w) => w.rule)).toContain('microtask-monotony');
  });
});
