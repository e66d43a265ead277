import { describe, expect, it } from 'vitest';
import {
  billingMonth,
  billingMonthOf,
  retainerMonth,
  retainerMonthsAt,
  type RetainerWork,
} from '../../../src/core/retainer';
import { toInstant } from '../../../src/core/time';
import type { Client, Commitment } from '../../../src/core/types';
import { clientFixture, commitmentFixture } from './planner-fixtures';

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

describe('retainer months from the commitments', () => {
  const client = (id: string, zone: string): Client =>
    clientFixture(id, zone, { billing: { kind: 'retainer', ...terms } });
  const acme = client('acme', NY);
  const manila = client('mnl', MANILA);
  // Every day of March and April at 21:00 New York, 2 h: in Manila that is 09:00 the next day
  // until 8 March, 10:00 from the US change on (the Manila day after).
  const nightly = (clientId: string): Commitment =>
    commitmentFixture({
      id: `daily-${clientId}`,
      clientId,
      zone: NY,
      start: '21:00',
      durationMin: 120,
      recurrence: {
        kind: 'weekly',
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        interval: 1,
        startDate: '2026-03-01',
        endDate: '2026-04-30',
        count: null,
      },
    });

  it('counts the same work into different months for New York and Manila, across the US change', () => {
    const now = toInstant('2026-03-15', '12:00', NY);
    const [ny, mnl] = retainerMonthsAt([acme, manila], [nightly('acme'), nightly('mnl')], now);
    // New York's March: 1–31 March, 31 evenings (EST until 8 March, EDT after).
    expect(ny).toMatchObject({ clientId: 'acme', month: '2026-03', plannedMin: 31 * 120 });
    // Manila's March starts 1 March 00:00 Manila: the 28 Feb evening is none (the rule starts 1
    // March), and the 31 March evening falls on 1 April in Manila: 30 evenings.
    expect(mnl).toMatchObject({ clientId: 'mnl', month: '2026-03', plannedMin: 30 * 120 });
    expect(new Date(ny?.end ?? 0).toISOString()).toBe('2026-04-01T04:00:00.000Z');
    expect(new Date(mnl?.end ?? 0).toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });

  it('warns of a month that goes over: hours, overage and its amount', () => {
    const now = toInstant('2026-04-02', '08:00', NY);
    const [april] = retainerMonthsAt([acme], [nightly('acme')], now);
    // 30 evenings × 2 h = 60 h against 20 included: 40 h over at $45 = $1,800.
    expect(april).toMatchObject({
      month: '2026-04',
      plannedMin: 3600,
      overageMin: 2400,
      over: true,
    });
    expect(april?.overageAmount).toEqual({ minor: 180_000, currency: 'USD' });
  });

  it('counts marked work by its mark: done with actual minutes, missed as nothing used', () => {
    const now = toInstant('2026-03-15', '12:00', NY);
    const [march] = retainerMonthsAt([acme], [nightly('acme')], now, {
      mark: (o) =>
        o.originalDate === '2026-03-02'
          ? { status: 'done', actualMin: 45 }
          : o.originalDate === '2026-03-03'
            ? { status: 'missed', actualMin: null }
            : undefined,
    });
    expect(march).toMatchObject({ doneMin: 45, missedMin: 120, plannedMin: 29 * 120 });
  });

  it('leaves out hourly and archived clients', () => {
    const hourly: Client = { ...acme, id: 'h', billing: { kind: 'hourly', rate: 30 } };
    const archived: Client = { ...acme, id: 'a', archived: true };
    expect(retainerMonthsAt([hourly, archived], [], Date.UTC(2026, 2, 1))).toEqual([]);
  });
});
