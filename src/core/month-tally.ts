/**
 * Small pieces the month figures (month-figures.ts) and timesheets share: months as 'yyyy-MM',
 * minute tallies of planned and worked time, what a client earns for a month's minutes, and
 * sums in the worker's currency through the worker's rates.
 */
import { money, toMinor, totalIn, type ExchangeRate, type Money } from './money';
import { cachedDaySpan } from './day-spans';
import type { BillingMonth } from './retainer';
import type { CalendarDay, Client, IanaZone, Instant, WorkRecord } from './types';

/** The month `n` months after 'yyyy-MM' (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The billing month 'yyyy-MM' in `zone`, as retainer.ts's billingMonth gives it, from memoised
 * day spans: the month figures ask for a year of months for every client's zone.
 */
export function monthSpan(month: string, zone: IanaZone): BillingMonth {
  return {
    month,
    start: cachedDaySpan(`${month}-01`, zone).start,
    end: cachedDaySpan(`${shiftMonth(month, 1)}-01`, zone).start,
  };
}

/** Minutes of pieces of work: planned, as worked (actuals replace plans), done, missed. */
export type Tally = { planned: number; worked: number; done: number; missed: number };

/** No minutes yet. */
export const emptyTally = (): Tally => ({ planned: 0, worked: 0, done: 0, missed: 0 });

/** Adds one piece of work of `planned` minutes and what became of it. */
export function addTo(t: Tally, planned: number, outcome: WorkRecord | undefined): void {
  t.planned += planned;
  if (!outcome) t.worked += planned;
  else if (outcome.outcome === 'missed') t.missed += planned;
  else {
    const done = outcome.actualMin ?? planned;
    t.worked += done;
    t.done += done;
  }
}

/** Index of the span of `bounds` (sorted starts, then the last end) holding `t`, or -1. */
export function spanIndex(bounds: readonly Instant[], t: Instant): number {
  if (t < (bounds[0] ?? 0) || t >= (bounds[bounds.length - 1] ?? 0)) return -1;
  let lo = 0;
  let hi = bounds.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** What a client earns for `minutes` of work in a month (a retainer: fee plus overage). */
export function clientAmount(client: Client, minutes: number): Money {
  const b = client.billing;
  if (b.kind === 'hourly') return money((b.rate * minutes) / 60, client.currency);
  const over = Math.max(0, minutes - Math.round(b.includedHours * 60));
  return {
    minor:
      toMinor(b.monthlyFee, client.currency) +
      toMinor((b.overageRate * over) / 60, client.currency),
    currency: client.currency,
  };
}

/** The worker's currency, rates and day, for sums in that currency. */
export type Home = { currency: string; rates: readonly ExchangeRate[]; today: CalendarDay };

/** A sum of amounts in the worker's currency (currencies without a rate left out). */
export function inHome(amounts: readonly Money[], home: Home): Money {
  return totalIn(amounts, home.currency, home.rates, home.today).total;
}

/** One amount in the worker's currency, or null when its currency has no rate. */
export function homeOf(amount: Money, home: Home): Money | null {
  const part = totalIn([amount], home.currency, home.rates, home.today);
  return part.missing.length > 0 ? null : part.total;
}
