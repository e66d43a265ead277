import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/core/time';
import type { Commitment, Recurrence, Weekday } from '../../../src/core/types';
import { dstIssues, findOverlaps } from '../../../src/core/validate/commitment-checks';
import { commitmentFixture } from './planner-fixtures';

function commitment(patch: Partial<Commitment> & { id: string }): Commitment {
  return commitmentFixture({
    clientId: 'acme',
    kind: 'call',
    zone: 'America/New_York',
    start: '09:00',
    durationMin: 60,
    recurrence: weekly([1, 2, 3, 4, 5]),
    ...patch,
  });
}

function weekly(weekdays: Weekday[], startDate = '2026-01-01'): Recurrence {
  return { kind: 'weekly', weekdays, interval: 1, startDate, endDate: null, count: null };
}

/** A Sunday call in New York: US clocks change on Sundays (2026: 8 Mar forward, 1 Nov back). */
function sundayCall(start: string, patch: Partial<Commitment> = {}): Commitment {
  return commitment({ id: 'sunday', start, recurrence: weekly([0]), ...patch });
}

describe('dstIssues', () => {
  it('finds 02:30 New York on 8 Mar 2026 (does not exist) and says it starts at 03:30', () => {
    const issues = dstIssues(sundayCall('02:30'), '2026-01-01', 365);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ date: '2026-03-08', kind: 'gap', actualTime: '03:30' });
    expect(issues[0]?.message).toContain('03:30');
  });

  it('finds 01:30 New York on 1 Nov 2026 (happens twice) and keeps its time', () => {
    const issues = dstIssues(sundayCall('01:30'), '2026-01-01', 365);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ date: '2026-11-01', kind: 'ambiguous', actualTime: '01:30' });
    expect(issues[0]?.message).toContain('twice');
  });

  it('finds nothing for a time that exists once on every date (New York 09:00)', () => {
    expect(dstIssues(sundayCall('09:00'), '2026-01-01')).toEqual([]);
  });

  it('finds nothing in Asia/Manila, which has no DST', () => {
    for (const start of ['00:30', '01:30', '02:30', '03:30']) {
      expect(dstIssues(sundayCall(start, { zone: 'Asia/Manila' }), '2026-01-01')).toEqual([]);
    }
  });

  it('looks two years ahead by default, and only from the given day', () => {
    const call = sundayCall('02:30');
    expect(dstIssues(call, '2026-01-01').map((i) => i.date)).toEqual(['2026-03-08', '2027-03-14']);
    expect(dstIssues(call, '2026-03-09', 400).map((i) => i.date)).toEqual(['2027-03-14']);
  });

  it('leaves out a skipped date', () => {
    const call = sundayCall('02:30', { skippedDates: ['2026-03-08'] });
    expect(dstIssues(call, '2026-01-01', 365)).toEqual([]);
  });

  it('leaves out a date whose occurrence was moved to another time', () => {
    const moved = [
      {
        date: '2026-03-08',
        to: { date: '2026-03-08', time: '10:00', zone: 'America/New_York' },
        durationMin: 60,
      },
    ];
    expect(dstIssues(sundayCall('02:30', { moved }), '2026-01-01', 365)).toEqual([]);
  });

  it('checks a one-off on its own date', () => {
    const once = sundayCall('02:30', { recurrence: { kind: 'once', date: '2026-03-08' } });
    expect(dstIssues(once, '2026-01-01')).toMatchObject([{ date: '2026-03-08', kind: 'gap' }]);
  });

  it('reports the shift of a half-hour DST (Lord Howe: 02:15 on 4 Oct 2026 starts at 02:45)', () => {
    const call = sundayCall('02:15', { zone: 'Australia/Lord_Howe' });
    expect(dstIssues(call, '2026-09-01', 60)).toMatchObject([
      { date: '2026-10-04', kind: 'gap', actualTime: '02:45' },
    ]);
  });
});

const JAN_WEEK = {
  start: toInstant('2026-01-12', '00:00', 'UTC'),
  end: toInstant('2026-01-17', '00:00', 'UTC'),
};

describe('findOverlaps', () => {
  const hour = commitment({ id: 'a', title: 'Inbox hour' });

  it('finds each overlapping occurrence, at the start of the overlap', () => {
    const call = commitment({ id: 'b', title: 'Stand-up', start: '09:30', durationMin: 15 });
    const overlaps = findOverlaps(hour, [call], JAN_WEEK, 10);
    expect(overlaps).toHaveLength(5);
    expect(overlaps[0]).toEqual({
      otherId: 'b',
      otherTitle: 'Stand-up',
      start: toInstant('2026-01-12', '09:30', 'America/New_York'),
    });
  });

  it('stops at the limit (5 by default)', () => {
    const call = commitment({ id: 'b', start: '08:30' });
    expect(findOverlaps(hour, [call], JAN_WEEK, 2)).toHaveLength(2);
    const twoWeeks = { start: JAN_WEEK.start, end: JAN_WEEK.end + 7 * 24 * 3_600_000 };
    expect(findOverlaps(hour, [call], twoWeeks)).toHaveLength(5);
  });

  it('finds none for back-to-back commitments', () => {
    const before = commitment({ id: 'b', start: '08:00' });
    const after = commitment({ id: 'c', start: '10:00' });
    expect(findOverlaps(hour, [before, after], JAN_WEEK)).toEqual([]);
  });

  it('does not compare a commitment with itself (an edit of a saved one)', () => {
    const edited = { ...hour, title: 'Inbox hour (edited)' };
    expect(findOverlaps(edited, [hour], JAN_WEEK)).toEqual([]);
  });

  it('ignores a skipped occurrence of the other commitment', () => {
    const call = commitment({ id: 'b', start: '09:30', skippedDates: ['2026-01-13'] });
    const days = findOverlaps(hour, [call], JAN_WEEK, 10).map((o) =>
      new Date(o.start).toISOString().slice(0, 10),
    );
    expect(days).toEqual(['2026-01-12', '2026-01-14', '2026-01-15', '2026-01-16']);
  });

  it('compares across zones in absolute time: 09:00 New York meets 14:00 London only outside the US–EU DST gap', () => {
    const london = commitment({ id: 'b', zone: 'Europe/London', start: '14:00', durationMin: 30 });
    expect(findOverlaps(hour, [london], JAN_WEEK, 10)).toHaveLength(5);
    // 16–20 Mar 2026: New York is on EDT, London still on GMT, so 09:00–10:00 NY is 13:00–14:00.
    const gapWeek = {
      start: toInstant('2026-03-16', '00:00', 'UTC'),
      end: toInstant('2026-03-21', '00:00', 'UTC'),
    };
    expect(findOverlaps(hour, [london], gapWeek)).toEqual([]);
  });

  it('finds a long occurrence behind a shorter one that started earlier', () => {
    // Starts sorted, ends not: an early short block must not hide a later long one.
    const short = commitment({ id: 'b', start: '08:00', durationMin: 30 });
    const long = commitment({ id: 'c', start: '08:45', durationMin: 240 });
    const found = findOverlaps(hour, [short, long], JAN_WEEK, 1);
    expect(found).toMatchObject([{ otherId: 'c' }]);
  });

  it('agrees with a brute-force check of every pair of occurrences', () => {
    const clock = fc.integer({ min: 0, max: 95 }).map((q) => {
      const m = q * 15;
      return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    });
    const arb = fc.record({
      start: clock,
      durationMin: fc.integer({ min: 15, max: 600 }),
      weekdays: fc.uniqueArray(fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6), {
        minLength: 1,
        maxLength: 7,
      }),
      zone: fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Manila'),
    });
    fc.assert(
      fc.property(arb, fc.array(arb, { maxLength: 3 }), (mine, others) => {
        const c = commitment({ id: 'me', ...mine, recurrence: weekly(mine.weekdays) });
        const list = others.map((o, i) =>
          commitment({ id: `o${i}`, ...o, recurrence: weekly(o.weekdays) }),
        );
        const found = findOverlaps(c, list, JAN_WEEK, 1000);
        const expected = bruteForce(c, list, JAN_WEEK.start, JAN_WEEK.end);
        expect(found.length).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

/** Overlapping pairs counted day by day (each commitment once a day, for 16 days around the range). */
function bruteForce(c: Commitment, others: Commitment[], from: number, to: number): number {
  const spans = (x: Commitment) => {
    const out: { start: number; end: number }[] = [];
    for (let d = -2; d < 8; d++) {
      const day = new Date(from + d * 86_400_000).toISOString().slice(0, 10);
      if (x.recurrence.kind !== 'weekly') continue;
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      if (!x.recurrence.weekdays.some((w) => w === weekday)) continue;
      const start = toInstant(day, x.start, x.zone);
      const end = start + x.durationMin * 60_000;
      if (end > from && start < to) out.push({ start, end });
    }
    return out;
  };
  let count = 0;
  for (const a of spans(c)) {
    for (const o of others) {
      for (const b of spans(o)) if (b.start < a.end && b.end > a.start) count++;
    }
  }
  return count;
}
