/**
 * The week's income in the worker's currency: projectIncome's amounts (per currency, never mixed
 * there) converted at the end, once per currency, in minor units, through the rates the worker
 * entered. A currency without a rate stays out of every total and is named; a stale rate is
 * named too. The weekly target is compared with the converted total.
 */
import type { Income } from './income';
import { fromMinor, money, totalIn, type Money, type Total } from './money';
import type { CalendarDay, ExchangeRate } from './types';

/** One currency's income this week, in its own currency and (when it has a rate) the worker's. */
export type CurrencyLine = {
  currency: string;
  planned: Money;
  proposed: Money;
  /** null when the currency has no rate: it is left out of the totals. */
  plannedHome: Money | null;
  stale: boolean;
};

export type HomeTarget = {
  amount: Money;
  planned: Money;
  withProposals: Money;
  /** What is still to earn, not counting proposals (zero once met). */
  gap: Money;
  met: boolean;
};

/** The week's income in the worker's currency. */
export type HomeIncome = {
  currency: string;
  /** Client work and accepted sessions. */
  planned: Money;
  proposed: Money;
  client: Money;
  microtask: Money;
  /** Shares of `planned` (0 when nothing is planned). */
  stableShare: number;
  variableShare: number;
  /** Per hour of the work whose income is counted (null when none is). */
  effectiveHourly: Money | null;
  lines: CurrencyLine[];
  /** Currencies with income but no rate: not in any total above. */
  missing: string[];
  /** Currencies whose rate is older than 30 days. */
  stale: string[];
  target: HomeTarget | null;
};

type Options = {
  home: string;
  rates: readonly ExchangeRate[];
  today: CalendarDay;
  /** The weekly target in `home`, or null. */
  target: number | null;
};

/** The week's income (from projectIncome) as one total in the worker's currency. */
export function incomeInHome(income: Income, { home, rates, today, target }: Options): HomeIncome {
  const sum = (pick: (t: Income['totals'][number]) => number): Total =>
    totalIn(
      income.totals.map((t) => money(pick(t), t.currency)),
      home,
      rates,
      today,
    );
  const client = sum((t) => t.client);
  const microtask = sum((t) => t.microtaskAccepted);
  const proposed = sum((t) => t.microtaskProposed);
  const planned = sum((t) => t.planned);
  const counted = new Set(planned.parts.filter((p) => p.converted).map((p) => p.amount.currency));
  const workedMin = income.totals
    .filter((t) => counted.has(t.currency))
    .reduce((m, t) => m + t.workedMin, 0);
  const share = (part: Money) => (planned.total.minor > 0 ? part.minor / planned.total.minor : 0);
  const lines = income.totals
    .filter((t) => t.withProposals > 0)
    .map((t): CurrencyLine => {
      const part = planned.parts.find((p) => p.amount.currency === t.currency);
      return {
        currency: t.currency,
        planned: money(t.planned, t.currency),
        proposed: money(t.microtaskProposed, t.currency),
        plannedHome: part?.converted ?? null,
        stale: part?.stale ?? false,
      };
    });
  const missing = lines.filter((l) => l.plannedHome === null).map((l) => l.currency);
  return {
    currency: home,
    planned: planned.total,
    proposed: proposed.total,
    client: client.total,
    microtask: microtask.total,
    stableShare: share(client.total),
    variableShare: share(microtask.total),
    effectiveHourly:
      workedMin > 0 ? money(fromMinor(planned.total) / (workedMin / 60), home) : null,
    lines,
    missing,
    stale: lines.filter((l) => l.stale).map((l) => l.currency),
    target: target === null ? null : homeTarget(money(target, home), planned.total, proposed.total),
  };
}

function homeTarget(amount: Money, planned: Money, proposed: Money): HomeTarget {
  const withProposals = { minor: planned.minor + proposed.minor, currency: amount.currency };
  return {
    amount,
    planned,
    withProposals,
    gap: { minor: Math.max(0, amount.minor - planned.minor), currency: amount.currency },
    met: planned.minor >= amount.minor,
  };
}
