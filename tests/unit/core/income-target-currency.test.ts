import { describe, expect, it } from 'vitest';
import { incomeInHome } from '../../../src/core/income-total';
import { amountInHome } from '../../../src/core/money';
import { planWeek, type WeekInput } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import type { ExchangeRate } from '../../../src/core/types';

const RATES: ExchangeRate[] = [
  { currency: 'USD', perUnit: 58.2, setOn: '2026-02-27' },
  { currency: 'GBP', perUnit: 73.1, setOn: '2026-02-27' },
  { currency: 'AUD', perUnit: 38.25, setOn: '2026-02-27' },
];

/** The Manila sample week for a worker paid in pesos, with a weekly target of `target` PHP. */
function inPesos(target: number, rates: ExchangeRate[]): WeekInput {
  const input = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
  const settings = {
    ...input.settings,
    currency: 'PHP',
    weeklyIncomeTarget: target,
    exchangeRates: rates,
  };
  return { ...input, settings };
}

describe('the gap filler’s income target in the worker currency', () => {
  it('converts a decimal amount through minor units, or gives null without a rate', () => {
    expect(amountInHome(0.1, 'USD', 'PHP', RATES)).toBe(5.82);
    expect(amountInHome(1000, 'JPY', 'PHP', RATES)).toBeNull();
    expect(amountInHome(12.5, 'PHP', 'PHP', [])).toBe(12.5);
  });

  it('stops proposing once the converted income meets a target in pesos', () => {
    const input = inPesos(40_000, RATES);
    const plan = planWeek(input);
    const home = incomeInHome(plan.income, {
      home: 'PHP',
      rates: RATES,
      today: '2026-03-01',
      target: 40_000,
    });
    const withProposals = home.planned.minor + home.proposed.minor;
    const inPhp = plan.proposals.map((p) =>
      Math.round((amountInHome(p.expectedEarnings, p.currency, 'PHP', RATES) ?? 0) * 100),
    );
    expect(inPhp.length).toBeGreaterThan(0);
    // Met with the proposals, and not met before the last one the filler took (at most the
    // largest): it stopped as soon as the target in pesos was reached.
    expect(withProposals).toBeGreaterThanOrEqual(4_000_000);
    expect(withProposals - Math.max(...inPhp)).toBeLessThan(4_000_000);
  });

  it('never counts income in a currency without a rate towards the target', () => {
    const converted = planWeek(inPesos(40_000, RATES)).proposals.length;
    // Without rates nothing paid in dollars, pounds or Australian dollars meets a peso target:
    // the filler goes on to the caps.
    const unconverted = planWeek(inPesos(40_000, [])).proposals.length;
    const uncapped = planWeek({
      ...inPesos(40_000, []),
      settings: { ...inPesos(40_000, []).settings, weeklyIncomeTarget: null },
    }).proposals.length;
    expect(unconverted).toBe(uncapped);
    expect(converted).toBeLessThan(unconverted);
  });
});
