import { describe, expect, it } from 'vitest';
import { projectIncome, type IncomeInput } from '../../../src/core/income';
import type { Client, Proposal } from '../../../src/core/types';
import { MINUTE } from '../../../src/core/time';
import { occ, platform, session } from './planner-fixtures';

function client(id: string, billing: Client['billing'], currency = 'USD'): Client {
  return {
    id,
    name: id,
    color: '#000000',
    zone: 'UTC',
    availability: [],
    billing,
    currency,
    notes: '',
    archived: false,
    createdAt: 0,
    updatedAt: 0,
  };
}

const work = (clientId: string, day: string, minutes: number) => ({
  ...occ(`${clientId}-${day}`, day, '09:00', minutes, 'UTC'),
  clientId,
});

const proposal = (
  platformId: string,
  start: number,
  minutes: number,
  earnings: number,
): Proposal => ({
  id: `proposal:${platformId}:${start}`,
  platformId,
  start,
  end: start + minutes * MINUTE,
  expectedEarnings: earnings,
  currency: 'USD',
  peakShare: 0,
  score: 0,
  reason: '',
});

const base: IncomeInput = {
  clients: [],
  platforms: [],
  occurrences: [],
  sessions: [],
  proposals: [],
};

describe('projectIncome', () => {
  it('bills hourly clients for planned hours', () => {
    const inc = projectIncome({
      ...base,
      clients: [client('h', { kind: 'hourly', rate: 30 })],
      occurrences: [work('h', '2026-03-02', 90), work('h', '2026-03-03', 60)],
    });
    expect(inc.clients).toEqual([
      expect.objectContaining({ clientId: 'h', plannedMin: 150, amount: 75, billing: 'hourly' }),
    ]);
  });

  it("counts a retainer's month share of the fee (× 12/52), never prorating its included hours", () => {
    const retainer = client('r', {
      kind: 'retainer',
      monthlyFee: 1300,
      includedHours: 13,
      overageRate: 40,
    });
    const light = projectIncome({
      ...base,
      clients: [retainer],
      occurrences: [work('r', '2026-03-02', 60)],
    });
    // 1300 × 12/52 = 300.
    expect(light.clients[0]).toMatchObject({ retainerBase: 300, plannedMin: 60, amount: 300 });
    // 4 h in a week is past 13 h × 12/52 = 3 h, but the month's 13 h decide: no overage here.
    const heavy = projectIncome({
      ...base,
      clients: [retainer],
      occurrences: [work('r', '2026-03-02', 240)],
    });
    expect(heavy.clients[0]).toMatchObject({ plannedMin: 240, amount: 300 });
    const idle = projectIncome({ ...base, clients: [retainer] });
    expect(idle.clients[0]?.amount).toBe(300);
  });

  it('separates accepted sessions from proposals and uses actual earnings once done', () => {
    const p = platform('mt', { hourlyRate: 9 });
    const t = Date.UTC(2026, 2, 2, 8);
    const done = {
      ...session('s1', 'mt', t, t + 60 * MINUTE),
      status: 'done' as const,
      actualEarnings: 7.5,
    };
    const planned = session('s2', 'mt', t + 2 * 60 * MINUTE, t + 150 * MINUTE);
    const inc = projectIncome({
      ...base,
      platforms: [p],
      sessions: [done, planned],
      proposals: [proposal('mt', t + 200 * MINUTE, 60, 9)],
    });
    expect(inc.platforms).toEqual([
      expect.objectContaining({
        acceptedMin: 90,
        acceptedAmount: 12,
        proposedMin: 60,
        proposedAmount: 9,
      }),
    ]);
    expect(inc.totals[0]).toMatchObject({
      currency: 'USD',
      client: 0,
      microtaskAccepted: 12,
      microtaskProposed: 9,
      planned: 12,
      withProposals: 21,
      variableShare: 1,
    });
  });

  it('never adds currencies: totals per currency', () => {
    const usd = client('u', { kind: 'hourly', rate: 40 });
    const gbp = client('g', { kind: 'hourly', rate: 30 }, 'GBP');
    const inc = projectIncome({
      ...base,
      clients: [usd, gbp],
      platforms: [platform('mt', { hourlyRate: 10 })],
      occurrences: [work('u', '2026-03-02', 120), work('g', '2026-03-03', 60)],
      proposals: [proposal('mt', Date.UTC(2026, 2, 4, 8), 60, 10)],
    });
    expect(inc.totals.map((t) => [t.currency, t.planned, t.withProposals])).toEqual([
      ['GBP', 30, 30],
      ['USD', 80, 90],
    ]);
  });

  it('computes stable share and effective hourly rate', () => {
    const inc = projectIncome({
      ...base,
      clients: [client('h', { kind: 'hourly', rate: 30 })],
      platforms: [platform('mt', { hourlyRate: 6 })],
      occurrences: [work('h', '2026-03-02', 180)],
      sessions: [session('s', 'mt', Date.UTC(2026, 2, 3, 8), Date.UTC(2026, 2, 3, 9))],
    });
    const usd = inc.totals[0];
    expect(usd?.planned).toBe(96);
    expect(usd?.stableShare).toBeCloseTo(90 / 96);
    expect(usd?.effectiveHourly).toBe(24);
  });
});
