import { describe, expect, it } from 'vitest';
import {
  billingMonth,
  billingMonthOf,
  retainerMonth,
  type RetainerWork,
} from '../../../src/core/retainer';
import { toInstant } from '../../../src/core/time';

const NY = 'America/New_York';
const MANILA = 'Asia/Manila';
const terms = { monthlyFee: 800, includedHours: 20, overageRate: 45 };

function work(
  date: string,
  time: string,
  minutes: number,
  status: RetainerWork['status'] = 'planned',
  actualMin: number | null = null,
): RetainerWork {
  const start = toInstant(date, time, NY);
  return { start, end: start + minutes * 60_000, status, actualMin };
}

describe('billing months', () => {
  it("are the client's calendar month in the client's zone, across DST", () => {
    const march = billingMonth('2026-03', NY);
    // 1 March is EST (UTC−5); 1 April is EDT (UTC−4): the month is an hour shorter.
    expect(new Date(march.start).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(new Date(march.end).toISOString()).toBe('2026-04-01T04:00:00.000Z');
    const manila = billingMonth('2026-03', MANILA);
    expect(new Date(manila.start).toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(billingMonth('2026-12', NY).end).toBe(toInstant('2027-01-01', '00:00', NY));
  });

  it('a call at 23:30 on 31 March in New York is March work, though April in Manila', () => {
    const call = toInstant('2026-03-31', '23:30', NY);
    expect(billingMonthOf(call, NY).month).toBe('2026-03');
    expect(billingMonthOf(call, MANILA).month).toBe('2026-04');
  });
});

describe('a retainer month', () => {
  const march = billingMonth('2026-03', NY);

  it('counts done (actual minutes), planned and missed work of the month only', () => {
    const result = retainerMonth(terms, 'USD', march, [
      work('2026-03-02', '09:00', 120, 'done', 150),
      work('2026-03-03', '09:00', 60, 'done'),
      work('2026-03-04', '09:00', 60, 'missed'),
      work('2026-03-20', '09:00', 90),
      work('2026-02-28', '09:00', 600),
      work('2026-04-01', '00:00', 600),
      work('2026-03-31', '23:30', 30),
    ]);
    expect(result).toMatchObject({
      doneMin: 210,
      plannedMin: 120,
      missedMin: 60,
      includedMin: 1200,
    });
    expect(result.over).toBe(false);
    expect(result.overageMin).toBe(0);
    expect(result.fee).toEqual({ minor: 80000, currency: 'USD' });
  });

  it('goes over: overage hours and amount at the overage rate', () => {
    const days = Array.from({ length: 11 }, (_, i) =>
      work(`2026-03-${String(i + 2).padStart(2, '0')}`, '09:00', 120, i < 5 ? 'done' : 'planned'),
    );
    const result = retainerMonth(terms, 'USD', march, days);
    // 22 h done and planned against 20 included: 2 h over at $45.
    expect(result.overageMin).toBe(120);
    expect(result.overageAmount).toEqual({ minor: 9000, currency: 'USD' });
    expect(result.over).toBe(true);
  });
});
