import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeRecurrence,
  expandCommitment,
  expandCommitments,
  isRuleDay,
  lastRuleDay,
  occurrenceDaysInRange,
} from '../../../src/core/recurrence';
import { addDays, diffDays, startOfWeek, toInstant, weekdayOf } from '../../../src/core/time';
import type {
  CalendarDay,
  Commitment,
  Interval,
  Recurrence,
  Weekday,
} from '../../../src/core/types';

const NY = 'America/New_York';

function commitment(over: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c1',
    clientId: 'k1',
    title: 'Standup',
    kind: 'call',
    zone: NY,
    start: '09:00',
    durationMin: 30,
    recurrence: weekly({}),
    skippedDates: [],
    moved: [],
    reminderLeadMin: 10,
    notes: '',
    icsUid: null,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

function weekly(over: Partial<Extract<Recurrence, { kind: 'weekly' }>>): Recurrence {
  return {
    kind: 'weekly',
    weekdays: [1, 3],
    interval: 1,
    startDate: '2026-03-02',
    endDate: null,
    count: null,
    ...over,
  };
}

const iso = (t: number): string => new Date(t).toISOString();
const utc = (s: string): number => Date.parse(s);
const span = (from: string, to: string): Interval => ({ start: utc(from), end: utc(to) });

describe('expandCommitment: weekly rules', () => {
  it('keeps 09:00 New York time across the US change (14:00Z before, 13:00Z after)', () => {
    const occ = expandCommitment(commitment(), span('2026-03-02T00:00Z', '2026-03-12T00:00Z'));
    expect(occ.map((o) => iso(o.start))).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-04T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-11T13:00:00.000Z',
    ]);
    expect(occ[0]).toMatchObject({
      id: 'c1@2026-03-02',
      originalDate: '2026-03-02',
      wall: { date: '2026-03-02', time: '09:00', zone: NY },
      resolution: 'exact',
      shiftMin: 0,
      moved: false,
      reminderLeadMin: 10,
    });
    expect(occ[0]!.end - occ[0]!.start).toBe(30 * 60_000);
  });

  it('counts every N weeks from the Monday-based week of startDate', () => {
    // Start on Wed 4 Mar: Mon 2 Mar is before the start; weeks of 2 Mar and 16 Mar are active.
    const c = commitment({ recurrence: weekly({ interval: 2, startDate: '2026-03-04' }) });
    const days = expandCommitment(c, span('2026-02-23T00:00Z', '2026-03-30T00:00Z')).map(
      (o) => o.originalDate,
    );
    expect(days).toEqual(['2026-03-04', '2026-03-16', '2026-03-18']);
  });

  it('stops at an inclusive end date', () => {
    const c = commitment({ recurrence: weekly({ endDate: '2026-03-09' }) });
    const days = expandCommitment(c, span('2026-03-01T00:00Z', '2026-04-01T00:00Z')).map(
      (o) => o.originalDate,
    );
    expect(days).toEqual(['2026-03-02', '2026-03-04', '2026-03-09']);
  });

  it('counts skipped occurrences towards COUNT, as RFC 5545 does', () => {
    const c = commitment({
      recurrence: weekly({ startDate: '2026-03-04', count: 3 }),
      skippedDates: ['2026-03-09'],
    });
    const days = expandCommitment(c, span('2026-03-01T00:00Z', '2026-04-01T00:00Z')).map(
      (o) => o.originalDate,
    );
    expect(days).toEqual(['2026-03-04', '2026-03-11']);
    expect(lastRuleDay(c)).toBe('2026-03-11');
  });

  it('finds the right occurrences years after the start without walking from it', () => {
    const c = commitment({
      recurrence: weekly({ weekdays: [2], interval: 3, startDate: '2020-01-01', count: 200 }),
    });
    // Tue 7 Jan 2020 is in week 1 (inactive); week 0 has no Tuesday on or after 1 Jan. Active
    // Tuesdays: 21 Jan 2020 + 21 k days. The 200th is 21 Jan 2020 + 199 × 21 days.
    expect(lastRuleDay(c)).toBe(addDays('2020-01-21', 199 * 21));
    const last = lastRuleDay(c) ?? '';
    expect(isRuleDay(c, last)).toBe(true);
    expect(isRuleDay(c, addDays(last, 21))).toBe(false);
    expect(isRuleDay(c, addDays(last, -21))).toBe(true);
  });

  it('gives nothing for a rule without weekdays or a zero count', () => {
    expect(
      occurrenceDaysInRange(
        commitment({ recurrence: weekly({ weekdays: [] }) }),
        '2026-03-01',
        '2026-04-01',
      ),
    ).toEqual([]);
    expect(
      occurrenceDaysInRange(
        commitment({ recurrence: weekly({ count: 0 }) }),
        '2026-03-01',
        '2026-04-01',
      ),
    ).toEqual([]);
  });
});

describe('expandCommitment: DST policy, moves, one-offs and range edges', () => {
  it('moves a 02:30 call on the spring-forward day later by the gap and flags it', () => {
    const c = commitment({ start: '02:30', recurrence: { kind: 'once', date: '2026-03-08' } });
    const [o] = expandCommitment(c, span('2026-03-07T00:00Z', '2026-03-10T00:00Z'));
    expect(o).toMatchObject({ resolution: 'gap', shiftMin: 60 });
    expect(iso(o!.start)).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('takes the earlier 01:30 on the fall-back day and flags it', () => {
    const c = commitment({ start: '01:30', recurrence: { kind: 'once', date: '2026-11-01' } });
    const [o] = expandCommitment(c, span('2026-10-31T00:00Z', '2026-11-03T00:00Z'));
    expect(o).toMatchObject({ resolution: 'ambiguous', shiftMin: 0 });
    expect(iso(o!.start)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, not EST
  });

  it('moves an occurrence into the range from outside and out of it', () => {
    const c = commitment({
      moved: [
        {
          date: '2026-03-02',
          to: { date: '2026-03-10', time: '15:00', zone: 'Europe/London' },
          durationMin: 45,
        },
        {
          date: '2026-03-11',
          to: { date: '2026-03-20', time: '09:00', zone: NY },
          durationMin: 30,
        },
      ],
    });
    const occ = expandCommitment(c, span('2026-03-09T00:00Z', '2026-03-16T00:00Z'));
    expect(occ.map((o) => [o.id, iso(o.start), o.moved])).toEqual([
      ['c1@2026-03-09', '2026-03-09T13:00:00.000Z', false],
      ['c1@2026-03-02', '2026-03-10T15:00:00.000Z', true],
    ]);
    expect(occ[1]!.end - occ[1]!.start).toBe(45 * 60_000);
  });

  it('ignores a move whose original day is skipped or no longer produced by the rule', () => {
    const to = { date: '2026-03-10', time: '10:00', zone: NY };
    const c = commitment({
      skippedDates: ['2026-03-02'],
      moved: [
        { date: '2026-03-02', to, durationMin: 30 },
        { date: '2026-03-03', to, durationMin: 30 },
      ],
    });
    expect(
      expandCommitment(c, span('2026-03-09T00:00Z', '2026-03-12T00:00Z')).some((o) => o.moved),
    ).toBe(false);
  });

  it('includes an occurrence that starts before the range and runs into it', () => {
    const c = commitment({ start: '23:00', durationMin: 180 });
    // Mon 2 Mar 23:00 EST = 04:00Z Tue, ends 07:00Z.
    const occ = expandCommitment(c, span('2026-03-03T06:00Z', '2026-03-03T08:00Z'));
    expect(occ.map((o) => o.originalDate)).toEqual(['2026-03-02']);
  });

  it('keeps a zero-length deadline at the range start and drops one at the range end', () => {
    const c = commitment({
      kind: 'deadline',
      durationMin: 0,
      recurrence: { kind: 'once', date: '2026-03-02' },
    });
    expect(expandCommitment(c, span('2026-03-02T14:00Z', '2026-03-02T15:00Z'))).toHaveLength(1);
    expect(expandCommitment(c, span('2026-03-02T13:00Z', '2026-03-02T14:00Z'))).toHaveLength(0);
  });

  it('orders expandCommitments by start then commitment id, whatever the input order', () => {
    const a = commitment({ id: 'a' });
    const b = commitment({ id: 'b' });
    const late = commitment({ id: 'c', start: '08:00' });
    const range = span('2026-03-02T00:00Z', '2026-03-03T00:00Z');
    const ids = expandCommitments([b, late, a], range).map((o) => o.id);
    expect(ids).toEqual(['c@2026-03-02', 'a@2026-03-02', 'b@2026-03-02']);
    expect(expandCommitments([a, late, b], range).map((o) => o.id)).toEqual(ids);
  });
});

describe('describeRecurrence', () => {
  it('describes weekly rules and one-offs for the UI', () => {
    expect(describeRecurrence(commitment({ recurrence: weekly({ interval: 2 }) }))).toBe(
      'Mon, Wed every 2 weeks from 2 Mar 2026',
    );
    expect(
      describeRecurrence(
        commitment({ recurrence: weekly({ weekdays: [5, 1, 2, 3, 4], endDate: '2026-06-30' }) }),
      ),
    ).toBe('Mon–Fri weekly from 2 Mar 2026 until 30 Jun 2026');
    expect(
      describeRecurrence(commitment({ recurrence: weekly({ weekdays: [0, 6], count: 4 }) })),
    ).toBe('Sat, Sun weekly from 2 Mar 2026, 4 times');
    expect(
      describeRecurrence(commitment({ recurrence: { kind: 'once', date: '2026-12-24' } })),
    ).toBe('Once on 24 Dec 2026');
  });
});

/** The obvious, slow reading of the rule: walk every day from the start. */
function naiveDays(
  rec: Extract<Recurrence, { kind: 'weekly' }>,
  skipped: CalendarDay[],
  to: CalendarDay,
): CalendarDay[] {
  const out: CalendarDay[] = [];
  const monday = startOfWeek(rec.startDate, 1);
  let produced = 0;
  for (let d = rec.startDate; d <= to; d = addDays(d, 1)) {
    if (rec.endDate !== null && d > rec.endDate) break;
    if (rec.count !== null && produced >= rec.count) break;
    const active = Math.floor(diffDays(monday, d) / 7) % rec.interval === 0;
    if (!active || !rec.weekdays.includes(weekdayOf(d))) continue;
    produced++;
    if (!skipped.includes(d)) out.push(d);
  }
  return out;
}

describe('expandCommitment: property tests against a naive day-by-day reading', () => {
  const dayArb = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-06-01', n));
  const ruleArb = fc.record({
    weekdays: fc.uniqueArray(fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6), { maxLength: 7 }),
    interval: fc.integer({ min: 1, max: 4 }),
    startDate: dayArb,
    endDate: fc.option(dayArb),
    count: fc.option(fc.integer({ min: 0, max: 60 })),
  });

  it('produces exactly the naive days inside any window of commitment-zone days', () => {
    fc.assert(
      fc.property(
        ruleArb,
        dayArb,
        fc.integer({ min: 0, max: 120 }),
        fc.array(dayArb, { maxLength: 5 }),
        (r, from, len, skipped) => {
          const rec = { kind: 'weekly' as const, ...r };
          const c = commitment({
            zone: 'Australia/Lord_Howe',
            recurrence: rec,
            skippedDates: skipped,
          });
          const to = addDays(from, len);
          // A range from local midnight of `from` to local midnight after `to`, in the rule's zone.
          const range = {
            start: toInstant(from, '00:00', c.zone),
            end: toInstant(addDays(to, 1), '00:00', c.zone),
          };
          const got = expandCommitment(c, range).map((o) => o.originalDate);
          const want = naiveDays(rec, skipped, to).filter((d) => d >= from);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });
});
