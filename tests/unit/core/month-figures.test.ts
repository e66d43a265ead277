import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import { monthFigures, shiftMonth, type MonthInput } from '../../../src/core/month-figures';
import { MINUTE, toInstant } from '../../../src/core/time';
import type { MicrotaskSession } from '../../../src/core/types';
import { client, commitment, platform, session, workRecord } from './planner-fixtures';

const ZONE = 'Asia/Manila';
const mondays = (id: string) =>
  commitment({
    id,
    recurrence: {
      kind: 'weekly',
      weekdays: [1],
      interval: 1,
      startDate: '2026-03-01',
      endDate: null,
      count: null,
    },
  });

function input(patch: Partial<MonthInput> = {}): MonthInput {
  const start = toInstant('2026-03-04', '10:00', ZONE);
  const later = toInstant('2026-03-05', '10:00', ZONE);
  const done: MicrotaskSession = {
    ...session('s1', 'mturk', start, start + 60 * MINUTE),
    status: 'done',
    actualMin: 30,
  };
  return {
    month: '2026-03',
    settings: defaultSettings(ZONE, { currency: 'PHP' }),
    clients: [
      client({ id: 'c1', name: 'Bayview' }),
      client({
        id: 'c2',
        name: 'Northlight',
        zone: 'Europe/London',
        currency: 'GBP',
        billing: { kind: 'retainer', monthlyFee: 500, includedHours: 2, overageRate: 40 },
      }),
    ],
    commitments: [
      mondays('k1'),
      {
        ...mondays('k2'),
        clientId: 'c2',
        zone: 'Europe/London',
        start: '09:00',
        recurrence: {
          kind: 'weekly',
          weekdays: [2],
          interval: 1,
          startDate: '2026-03-01',
          endDate: null,
          count: null,
        },
      },
    ],
    platforms: [platform('mturk', { name: 'MTurk', hourlyRate: 12, currency: 'USD' })],
    sessions: [done, session('s2', 'mturk', later, later + 60 * MINUTE)],
    workRecords: [workRecord('k1@2026-03-02', 'done', 90), workRecord('k1@2026-03-09', 'missed')],
    rates: [{ currency: 'USD', perUnit: 58.2, setOn: '2026-03-01' }],
    today: '2026-03-10',
    ...patch,
  };
}

describe('monthFigures', () => {
  const figures = monthFigures(input());

  it('gives a client its hours planned, done and missed, and income expected and earned', () => {
    const row = figures.clients.find((r) => r.id === 'c1');
    // Five Mondays of an hour; one done in 90 min, one missed, three still as planned.
    expect(row).toMatchObject({ plannedMin: 300, doneMin: 90, missedMin: 60 });
    expect(row?.expected).toEqual({ minor: 9000, currency: 'USD' });
    expect(row?.earned).toEqual({ minor: 3000, currency: 'USD' });
    expect(row?.expectedHome).toEqual({ minor: 523_800, currency: 'PHP' });
  });

  it('bills a retainer its fee plus overage, and names a currency without a rate', () => {
    const row = figures.clients.find((r) => r.id === 'c2');
    expect(row?.plannedMin).toBe(300);
    expect(row?.expected).toEqual({ minor: 62_000, currency: 'GBP' });
    expect(row?.earned).toEqual({ minor: 50_000, currency: 'GBP' });
    expect(row?.expectedHome).toBeNull();
    expect(row?.retainer).toMatchObject({ includedMin: 120, overageMin: 180, over: true });
    expect(figures.expected.missing).toEqual(['GBP']);
  });

  it('counts sessions at their actual minutes, and totals in the worker’s currency', () => {
    const row = figures.platforms[0];
    expect(row).toMatchObject({ plannedMin: 120, doneMin: 30 });
    expect(row?.expected).toEqual({ minor: 1800, currency: 'USD' });
    expect(row?.earned).toEqual({ minor: 600, currency: 'USD' });
    // $90 + $18 at 58.20.
    expect(figures.expected.total).toEqual({ minor: 628_560, currency: 'PHP' });
  });

  it('splits the weeks into stable and variable income', () => {
    expect(figures.weeks.map((w) => w.weekStart)).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    // Week of 2 March: 90 min for Bayview ($30) and the two sessions ($18).
    expect(figures.weeks[1]?.stable).toEqual({ minor: 174_600, currency: 'PHP' });
    expect(figures.weeks[1]?.variable).toEqual({ minor: 104_760, currency: 'PHP' });
    // The missed Monday leaves the week of 9 March with nothing.
    expect(figures.weeks[2]?.stable.minor).toBe(0);
  });

  it('follows the stable share over twelve months', () => {
    expect(figures.trend.map((t) => t.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => shiftMonth('2025-04', i)),
    );
    expect(figures.trend[10]?.stableShare).toBeNull();
    expect(figures.trend[11]?.stableShare).toBeCloseTo(5238 / 6285.6, 6);
  });

  it('counts the retainer in the worker’s currency once it has a rate', () => {
    const rates = [...input().rates, { currency: 'GBP', perUnit: 73.5, setOn: '2026-03-01' }];
    const withGbp = monthFigures(input({ rates }));
    expect(withGbp.expected.missing).toEqual([]);
    expect(withGbp.expected.total.minor).toBe(628_560 + 620 * 7350);
    // The week of 30 March holds 2 of March's 31 days: £620 × 2/31 = £40, beside Bayview's $20.
    expect(withGbp.weeks[5]?.stable).toEqual({ minor: 40 * 7350 + 20 * 5820, currency: 'PHP' });
  });
});

describe('shiftMonth', () => {
  it('moves across years both ways', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-03', -11)).toBe('2025-04');
  });
});
