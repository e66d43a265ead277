import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import { incomeInHome } from '../../../src/core/income-total';
import { planWeek, weekContext, type WeekInput } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import { addDays, toInstant } from '../../../src/core/time';
import type { Commitment, MicrotaskSession } from '../../../src/core/types';
import { planRange, planYear } from '../../bench/plan-range';
import { overlaps, session } from './planner-fixtures';

const sample = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });

function acceptAll(input: WeekInput): WeekInput {
  const plan = planWeek(input);
  const accepted: MicrotaskSession[] = plan.proposals.map((p) => ({
    id: `s-${p.id}`,
    platformId: p.platformId,
    start: p.start,
    end: p.end,
    locked: false,
    status: 'planned',
    actualEarnings: null,
    actualMin: null,
    note: '',
    createdAt: 0,
    updatedAt: 0,
  }));
  return { ...input, sessions: [...input.sessions, ...accepted] };
}

describe('planWeek on the Manila sample week', () => {
  const plan = planWeek(sample);

  it('lays out seven Manila days with the client work of the week', () => {
    expect(plan.days.map((d) => d.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(plan.days.every((d) => d.hours === 24)).toBe(true);
    expect(plan.occurrences).toHaveLength(14);
    const ny = plan.occurrences.find((o) => o.id === 'sample-acme-checkin@2026-03-02');
    expect(ny?.start).toBe(toInstant('2026-03-02', '22:00', 'Asia/Manila'));
    expect(plan.totals.clientMin).toBe(plan.days.reduce((s, d) => s + d.clientMin, 0));
    expect(plan.totals.clientMin).toBe(1125);
  });

  it('shows the New York availability as a band in the Manila night', () => {
    const acme = plan.availability.filter((b) => b.clientId === 'sample-acme');
    expect(acme.length).toBeGreaterThanOrEqual(5);
    expect(acme.find((b) => b.clientDay === '2026-03-02')?.start).toBe(
      toInstant('2026-03-02', '22:00', 'Asia/Manila'),
    );
    // 22:00–05:00 in Manila: cut at the home midnight into two bands of the same client day.
    const monday = acme.filter((b) => b.clientDay === '2026-03-02');
    expect(monday.map((b) => [b.homeDay, b.continuesToNextDay])).toEqual([
      ['2026-03-02', true],
      ['2026-03-03', false],
    ]);
    expect(monday[0]?.label).toBe('Mon 09:00–17:00 New York time');
  });

  it('warns about night work and proposes nothing over client work', () => {
    expect(plan.warnings.some((w) => w.rule === 'night-work')).toBe(true);
    expect(plan.summary.level).not.toBe('none');
    for (const p of plan.proposals)
      for (const o of plan.occurrences) expect(overlaps(p, o)).toBe(false);
  });

  it('is deterministic and idempotent: accepting all proposals proposes nothing more', () => {
    expect(planWeek(sample)).toEqual(plan);
    const accepted = acceptAll(sample);
    const again = planWeek(accepted);
    expect(again.proposals).toEqual([]);
    expect(again.totals.microtaskMin).toBe(plan.totals.microtaskMin + plan.totals.proposedMin);
    const { currency, exchangeRates, weeklyIncomeTarget } = accepted.settings;
    const home = incomeInHome(again.income, {
      home: currency,
      rates: exchangeRates,
      today: accepted.weekStart,
      target: weeklyIncomeTarget,
    });
    expect(home.target?.met).toBe(true);
  });

  it('makes no proposals in the past', () => {
    const now = toInstant('2026-03-05', '00:00', 'Asia/Manila');
    const later = planWeek({ ...sample, now });
    expect(later.proposals.every((p) => p.start >= now)).toBe(true);
  });
});

describe('planWeek across DST', () => {
  const commitment = (id: string, start: string, day: string): Commitment => ({
    ...sample.commitments[0]!,
    id,
    zone: 'America/New_York',
    start,
    recurrence: { kind: 'once', date: day },
  });

  it('has a 23 h and a 25 h day in London weeks and reports the home clock change', () => {
    const settings = defaultSettings('Europe/London');
    const base = { settings, clients: [], commitments: [], platforms: [], sessions: [] };
    const spring = planWeek({ ...base, weekStart: '2026-03-23' });
    expect(spring.days.map((d) => d.hours)).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(spring.dstShifts[0]?.message).toBe(
      'Sun 29 Mar: your clocks change from UTC+0 to UTC+1 (a 23 h day).',
    );
    const autumn = planWeek({ ...base, weekStart: '2026-10-19' });
    expect(autumn.days[6]?.hours).toBe(25);
  });

  it('tells the user when a commitment falls in a gap or an overlap', () => {
    const settings = defaultSettings('America/New_York');
    const week = planWeek({
      weekStart: '2026-03-02',
      settings,
      clients: [],
      platforms: [],
      sessions: [],
      commitments: [commitment('gap', '02:30', '2026-03-08')],
    });
    expect(week.dstShifts.find((d) => d.kind === 'gap')?.message).toMatch(
      /does not exist \(clocks spring forward\): it moves 60 min later, 03:30 your time/,
    );
    const fall = planWeek({
      weekStart: '2026-10-26',
      settings,
      clients: [],
      platforms: [],
      sessions: [],
      commitments: [commitment('amb', '01:30', '2026-11-01')],
    });
    expect(fall.dstShifts.find((d) => d.kind === 'ambiguous')?.message).toMatch(/happens twice/);
  });
});

describe("planRange (the year benchmark's helper)", () => {
  it('planYear gives 52 weeks without bands, otherwise as planRange', () => {
    const year = planYear(sample);
    expect(year).toHaveLength(52);
    expect(year[51]?.weekStart).toBe('2027-02-22');
    expect(year.every((w) => w.availability.length === 0)).toBe(true);
    const [first] = planRange(sample, 1);
    expect({ ...year[0], availability: first?.availability }).toEqual(first);
  });

  it('gives the same weeks as planWeek, week by week', () => {
    const weeks = planRange(sample, 3);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    for (const w of weeks) expect(w).toEqual(planWeek({ ...sample, weekStart: w.weekStart }));
  });
});

describe('planWeek properties', () => {
  it('is deterministic and idempotent for any accepted subset of proposals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-03-02', '2026-03-09', '2026-03-30', '2026-10-26'),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 100, max: 900 }),
        (weekStart, seed, target) => {
          const s = sampleWeek({ weekStart, now: 0 });
          const input = { ...s, settings: { ...s.settings, weeklyIncomeTarget: target } };
          const plan = planWeek(input);
          expect(planWeek(input)).toEqual(plan);
          const keep = plan.proposals.filter((_, i) => (seed >> (i % 10)) & 1);
          const partial = {
            ...input,
            sessions: [
              ...input.sessions,
              ...keep.map((p) => ({
                ...input.sessions[0]!,
                id: p.id,
                platformId: p.platformId,
                start: p.start,
                end: p.end,
                locked: false,
              })),
            ],
          };
          const next = planWeek(partial);
          for (const p of next.proposals)
            for (const k of partial.sessions) expect(overlaps(p, k)).toBe(false);
          expect(next.totals.plannedMin + next.totals.proposedMin).toBeLessThanOrEqual(
            input.settings.weeklyCapMin,
          );
          expect(planWeek(acceptAll(partial)).proposals).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('does not depend on the order of inputs', () => {
    const reversed = {
      ...sample,
      clients: [...sample.clients].reverse(),
      commitments: [...sample.commitments].reverse(),
      platforms: [...sample.platforms].reverse(),
    };
    const a = planWeek(sample);
    const b = planWeek(reversed);
    expect(b.proposals).toEqual(a.proposals);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.occurrences).toEqual(a.occurrences);
    expect(b.totals).toEqual(a.totals);
  });
});

describe('the week context a plan reads', () => {
  const base = defaultSettings('Asia/Manila');
  const settings = { ...base, burnout: { ...base.burnout, maxConsecutiveDays: 14 } };
  const weekStart = '2026-03-02';
  // A session every day from 12 days before the week to its third day: 15 working days in a row.
  const streak = Array.from({ length: 15 }, (_, i) => {
    const start = toInstant(addDays(weekStart, i - 12), '10:00', 'Asia/Manila');
    return session(`streak-${i}`, 'p1', start, start + 2 * 3_600_000);
  });

  it('reaches a streak that began 12 days before the week when 14 days in a row are allowed', () => {
    // What the week view reads from the database for this week: the sessions in its context.
    const range = weekContext(weekStart, settings);
    const read = streak.filter((s) => s.end > range.start && s.start < range.end);
    const plan = planWeek({ ...sample, weekStart, settings, commitments: [], sessions: read });
    const warning = plan.warnings.find((w) => w.rule === 'consecutive-days');
    expect(warning?.id).toBe(`consecutive-days:${addDays(weekStart, 2)}`);
    expect(warning?.message).toMatch(/^15 working days in a row/);
  });

  it('grows with the threshold and always covers the day after the week', () => {
    const short = weekContext(weekStart, base);
    const long = weekContext(weekStart, settings);
    expect(long.start).toBeLessThan(short.start);
    expect(long.start).toBe(toInstant(addDays(weekStart, -15), '00:00', 'Asia/Manila'));
    expect(long.end).toBe(toInstant(addDays(weekStart, 8), '00:00', 'Asia/Manila'));
  });
});
