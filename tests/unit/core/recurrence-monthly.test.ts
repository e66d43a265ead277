import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeRecurrence,
  expandCommitment,
  isRuleDay,
  lastRuleDay,
  nextRuleDay,
  occurrenceDaysInRange,
} from '../../../src/core/recurrence';
import { addDays, toInstant, weekdayOf } from '../../../src/core/time';
import type {
  CalendarDay,
  Commitment,
  MonthlyDay,
  Recurrence,
  WeekOfMonth,
  Weekday,
} from '../../../src/core/types';
import { commitment as makeCommitment, monthlyRule } from '../fixtures/ics/plan';

type MonthlyRule = Extract<Recurrence, { kind: 'monthly' }>;

const monthly = monthlyRule;

function commitment(recurrence: Recurrence, over: Partial<Commitment> = {}): Commitment {
  return makeCommitment('m1', { recurrence, ...over });
}

const year = (zone: string, y: number) => ({
  start: toInstant(`${y}-01-01`, '00:00', zone),
  end: toInstant(`${y + 1}-01-01`, '00:00', zone),
});
const days = (c: Commitment, y = 2026): CalendarDay[] =>
  expandCommitment(c, year(c.zone, y)).map((o) => o.originalDate);

describe('expandCommitment: monthly rules', () => {
  it('skips months without the 31st, as RFC 5545 does', () => {
    const c = commitment(monthly({ by: 'monthday', day: 31 }));
    expect(days(c)).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('gives the first Monday and the last Friday of each month', () => {
    const first = commitment(monthly({ by: 'weekday', nth: 1, weekday: 1 }));
    expect(days(first).slice(0, 4)).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
    ]);
    const last = commitment(monthly({ by: 'weekday', nth: -1, weekday: 5 }));
    expect(days(last).slice(0, 4)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
    ]);
  });

  it('counts every N months from the start month, and stops at a count or an end date', () => {
    const every2 = commitment(
      monthly({ by: 'monthday', day: 15 }, { interval: 2, startDate: '2026-02-10' }),
    );
    expect(days(every2)).toEqual([
      '2026-02-15',
      '2026-04-15',
      '2026-06-15',
      '2026-08-15',
      '2026-10-15',
      '2026-12-15',
    ]);
    // COUNT counts occurrences, so February (no 30th) does not use one up.
    const counted = commitment(monthly({ by: 'monthday', day: 30 }, { count: 3 }));
    expect(days(counted)).toEqual(['2026-01-30', '2026-03-30', '2026-04-30']);
    expect(lastRuleDay(counted)).toBe('2026-04-30');
    const ended = commitment(monthly({ by: 'monthday', day: 1 }, { endDate: '2026-03-01' }));
    expect(days(ended)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });

  it('starts at startDate: a day earlier in the first month is not an occurrence', () => {
    const c = commitment(monthly({ by: 'monthday', day: 5 }, { startDate: '2026-01-06' }));
    expect(days(c)[0]).toBe('2026-02-05');
    expect(isRuleDay(c, '2026-01-05')).toBe(false);
    expect(isRuleDay(c, '2026-02-05')).toBe(true);
    expect(nextRuleDay(c, '2026-01-01')).toBe('2026-02-05');
  });

  it('keeps 09:00 in its own zone across DST in both hemispheres', () => {
    const ny = commitment(monthly({ by: 'weekday', nth: 2, weekday: 0 }), { start: '09:00' });
    const [feb, mar] = expandCommitment(ny, year(ny.zone, 2026)).slice(1, 3);
    expect(new Date(feb?.start ?? 0).toISOString()).toBe('2026-02-08T14:00:00.000Z');
    // 8 March 2026 is the US spring-forward Sunday.
    expect(new Date(mar?.start ?? 0).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    const syd = commitment(monthly({ by: 'weekday', nth: 1, weekday: 0 }), {
      zone: 'Australia/Sydney',
      start: '02:30',
    });
    // 4 October 2026, the first Sunday: 02:30 does not exist in Sydney and moves to 03:30.
    const oct = expandCommitment(syd, year(syd.zone, 2026)).find(
      (o) => o.originalDate === '2026-10-04',
    );
    expect(oct?.resolution).toBe('gap');
    expect(new Date(oct?.start ?? 0).toISOString()).toBe('2026-10-03T16:30:00.000Z');
  });

  it('applies skipped and moved occurrences by their original day', () => {
    const c = commitment(monthly({ by: 'monthday', day: 15 }), {
      skippedDates: ['2026-02-15'],
      moved: [
        {
          date: '2026-03-15',
          to: { date: '2026-03-16', time: '10:00', zone: 'America/New_York' },
          durationMin: 30,
        },
      ],
    });
    const occ = expandCommitment(c, year(c.zone, 2026));
    expect(occ.map((o) => o.wall.date).slice(0, 3)).toEqual([
      '2026-01-15',
      '2026-03-16',
      '2026-04-15',
    ]);
    expect(occ[1]?.moved).toBe(true);
  });

  it('finds occurrences centuries away by months, not days', () => {
    const c = commitment(monthly({ by: 'weekday', nth: 4, weekday: 4 }, { interval: 5 }));
    expect(occurrenceDaysInRange(c, '2226-01-01', '2226-12-31').length).toBeGreaterThan(0);
  });
});

describe('describeRecurrence: monthly', () => {
  it('says the day of the month or the nth weekday, and the interval', () => {
    const say = (on: MonthlyDay, interval = 1): string =>
      describeRecurrence(commitment(monthly(on, { interval, startDate: '2026-03-02' })));
    expect(say({ by: 'monthday', day: 15 })).toBe('The 15th of every month from 2 Mar 2026');
    expect(say({ by: 'monthday', day: 22 }, 3)).toBe('The 22nd every 3 months from 2 Mar 2026');
    expect(say({ by: 'weekday', nth: 1, weekday: 1 }, 2)).toBe(
      'First Monday every 2 months from 2 Mar 2026',
    );
    expect(say({ by: 'weekday', nth: -1, weekday: 5 })).toBe(
      'Last Friday of every month from 2 Mar 2026',
    );
    expect(say({ by: 'monthday', day: 11 })).toMatch(/^The 11th/);
    expect(say({ by: 'monthday', day: 31 })).toMatch(/^The 31st/);
  });
});

/** The rule read the slow way: every day from the start, by its calendar fields. */
function naiveDays(
  rule: MonthlyRule,
  skipped: readonly CalendarDay[],
  to: CalendarDay,
): CalendarDay[] {
  const out: CalendarDay[] = [];
  let produced = 0;
  const month0 = Number(rule.startDate.slice(0, 4)) * 12 + Number(rule.startDate.slice(5, 7));
  for (let d = rule.startDate; d <= to; d = addDays(d, 1)) {
    if (rule.endDate !== null && d > rule.endDate) break;
    if (rule.count !== null && produced >= rule.count) break;
    const month = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
    if ((month - month0) % rule.interval !== 0) continue;
    const dom = Number(d.slice(8, 10));
    const lastOfMonth = addDays(d, 7).slice(5, 7) !== d.slice(5, 7);
    const hit =
      rule.on.by === 'monthday'
        ? dom === rule.on.day
        : weekdayOf(d) === rule.on.weekday &&
          (rule.on.nth === -1 ? lastOfMonth : Math.ceil(dom / 7) === rule.on.nth);
    if (!hit) continue;
    produced += 1;
    if (!skipped.includes(d)) out.push(d);
  }
  return out;
}

describe('expandCommitment: monthly property tests against a naive day-by-day reading', () => {
  const dayArb = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2025-01-01', n));
  const onArb: fc.Arbitrary<MonthlyDay> = fc.oneof(
    fc.record({ by: fc.constant('monthday' as const), day: fc.integer({ min: 1, max: 31 }) }),
    fc.record({
      by: fc.constant('weekday' as const),
      nth: fc.constantFrom<WeekOfMonth>(1, 2, 3, 4, -1),
      weekday: fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6),
    }),
  );
  const ruleArb = fc.record({
    on: onArb,
    interval: fc.integer({ min: 1, max: 14 }),
    startDate: dayArb,
    endDate: fc.option(dayArb),
    count: fc.option(fc.integer({ min: 1, max: 40 })),
  });

  it('produces exactly the naive days inside any window of commitment-zone days', () => {
    fc.assert(
      fc.property(
        ruleArb,
        dayArb,
        fc.integer({ min: 0, max: 400 }),
        fc.array(dayArb, { maxLength: 5 }),
        (r, from, len, skipped) => {
          const rec: MonthlyRule = { kind: 'monthly', ...r };
          const c = commitment(rec, { zone: 'Australia/Lord_Howe', skippedDates: skipped });
          const to = addDays(from, len);
          const range = {
            start: toInstant(from, '00:00', c.zone),
            end: toInstant(addDays(to, 1), '00:00', c.zone),
          };
          const got = expandCommitment(c, range).map((o) => o.originalDate);
          expect(got).toEqual(naiveDays(rec, skipped, to).filter((d) => d >= from));
          expect(occurrenceDaysInRange(c, from, to)).toEqual(
            naiveDays(rec, [], to).filter((d) => d >= from),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
