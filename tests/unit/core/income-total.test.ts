import { describe, expect, it } from 'vitest';
import { projectIncome, type IncomeInput } from '../../../src/core/income';
import { incomeInHome } from '../../../src/core/income-total';
import { MINUTE } from '../../../src/core/time';
import type { Client, ExchangeRate, MicrotaskSession } from '../../../src/core/types';
import { clientFixture, occ, platform, session } from './planner-fixtures';

const TODAY = '2026-03-02';
const rate = (currency: string, perUnit: number, setOn = '2026-02-25'): ExchangeRate => ({
  currency,
  perUnit,
  setOn,
});
const RATES = [rate('USD', 58.2), rate('GBP', 73.1), rate('AUD', 38.25, '2026-01-20')];

const hourly = (id: string, rateAmount: number, currency: string): Client =>
  clientFixture(id, 'UTC', { billing: { kind: 'hourly', rate: rateAmount }, currency });

const work = (clientId: string, day: string, minutes: number) => ({
  ...occ(`${clientId}-${day}`, day, '09:00', minutes, 'UTC'),
  clientId,
});

/** A week with clients paid in USD, GBP and AUD, and a USD microtask session. */
function week(clients: Client[] = []): IncomeInput {
  const t = Date.UTC(2026, 2, 3, 14);
  const mturk = platform('mt', { hourlyRate: 10, currency: 'USD' });
  const done: MicrotaskSession = {
    ...session('s1', 'mt', t, t + 90 * MINUTE),
    status: 'done',
    actualEarnings: 15,
  };
  return {
    clients: [
      hourly('us', 25, 'USD'),
      hourly('uk', 20, 'GBP'),
      hourly('au', 17, 'AUD'),
      ...clients,
    ],
    platforms: [mturk],
    // $25 × 14 h = $350; £20 × 6 h = £120; A$17 × 2 h = A$34.
    occurrences: [
      work('us', '2026-03-02', 14 * 60),
      work('uk', '2026-03-03', 360),
      work('au', '2026-03-04', 120),
    ],
    sessions: [done],
    proposals: [],
  };
}

describe('the week in the worker currency', () => {
  it('makes one total in PHP from USD, GBP and AUD, as by hand', () => {
    const home = incomeInHome(projectIncome(week()), {
      home: 'PHP',
      rates: RATES,
      today: TODAY,
      target: 30_000,
    });
    // USD: 350 + 15 = 365 × 58.20 = 21,243.00; GBP: 120 × 73.10 = 8,772.00;
    // AUD: 34 × 38.25 = 1,300.50. Total 31,315.50 PHP.
    expect(home.planned).toEqual({ minor: 3_131_550, currency: 'PHP' });
    expect(home.microtask).toEqual({ minor: 87_300, currency: 'PHP' });
    expect(home.client.minor + home.microtask.minor).toBe(home.planned.minor);
    expect(home.lines.map((l) => [l.currency, l.planned.minor, l.plannedHome?.minor])).toEqual([
      ['AUD', 3400, 130_050],
      ['GBP', 12_000, 877_200],
      ['USD', 36_500, 2_124_300],
    ]);
    expect(home.missing).toEqual([]);
    expect(home.stale).toEqual(['AUD']);
    expect(home.target).toMatchObject({ met: true, gap: { minor: 0 } });
  });

  it('names a currency without a rate as left out of every total and of the target', () => {
    const home = incomeInHome(projectIncome(week()), {
      home: 'PHP',
      rates: [rate('USD', 58.2)],
      today: TODAY,
      target: 30_000,
    });
    expect(home.missing).toEqual(['AUD', 'GBP']);
    expect(home.planned.minor).toBe(2_124_300);
    expect(home.lines.find((l) => l.currency === 'GBP')?.plannedHome).toBeNull();
    // 30,000 − 21,243 = 8,757 still to earn: the pounds are not guessed in.
    expect(home.target).toMatchObject({ met: false, gap: { minor: 875_700 } });
  });

  it('counts the worker currency itself without a rate, and the effective rate of counted work', () => {
    const input = week([hourly('ph', 500, 'PHP')]);
    const home = incomeInHome(
      projectIncome({ ...input, occurrences: [work('ph', '2026-03-05', 120)], sessions: [] }),
      { home: 'PHP', rates: [], today: TODAY, target: null },
    );
    expect(home.planned).toEqual({ minor: 100_000, currency: 'PHP' });
    expect(home.effectiveHourly).toEqual({ minor: 50_000, currency: 'PHP' });
    expect(home.stableShare).toBe(1);
    expect(home.target).toBeNull();
  });
});
