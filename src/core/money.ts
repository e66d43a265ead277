/**
 * Money without float drift: amounts are integers in their currency's minor unit (cents for
 * USD, none for JPY, fils for KWD, by the ISO 4217 exponent the platform's Intl data gives), and
 * totals in the worker's currency come only from exchange rates the worker entered. A currency
 * without a rate is named as left out of a total, never guessed; a rate older than 30 days is
 * flagged. Nothing here reads the network or the clock: `today` is a parameter.
 */
import { diffDays } from './time';
import type { CalendarDay, ExchangeRate } from './types';

export type { ExchangeRate } from './types';

/** An amount in a currency's minor unit. */
export type Money = { minor: number; currency: string };

/** A rate is flagged once it is older than this. */
const STALE_RATE_DAYS = 30;

const digitsCache = new Map<string, number>();

/** True for a currency code the platform knows (ISO 4217, upper case). */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
}

/** The number of minor-unit digits of `currency`: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
    digits = options.maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** A decimal amount (as typed or stored) in minor units, rounded half away from zero. */
export function toMinor(amount: number, currency: string): number {
  const scaled = amount * 10 ** minorDigits(currency);
  // toPrecision trims the float noise of the multiplication (0.1 × 100 = 10.000000000000002).
  const exact = Number(scaled.toPrecision(15));
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

/** Minor units back to a decimal amount, for display. */
export function fromMinor(money: Money): number {
  return money.minor / 10 ** minorDigits(money.currency);
}

/** `amount` (decimal) in `currency`, as money. */
export function money(amount: number, currency: string): Money {
  return { minor: toMinor(amount, currency), currency };
}

/** Sums amounts per currency, in the order currencies first appear. */
export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const m of amounts) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.minor);
  return [...sums].map(([currency, minor]) => ({ currency, minor }));
}

/** Why a rate cannot be saved, or null when it can. */
export function rateProblem(
  rate: { currency: unknown; perUnit: unknown },
  homeCurrency: string,
): string | null {
  if (!isCurrencyCode(rate.currency)) return 'Enter a known three-letter currency code';
  if (rate.currency === homeCurrency)
    return `${homeCurrency} is your own currency: it needs no rate`;
  if (typeof rate.perUnit !== 'number' || !Number.isFinite(rate.perUnit) || rate.perUnit <= 0) {
    return 'Enter a rate above zero';
  }
  return null;
}

/** True when the rate was set more than STALE_RATE_DAYS before `today`. */
export function isStale(rate: ExchangeRate, today: CalendarDay): boolean {
  return diffDays(rate.setOn, today) > STALE_RATE_DAYS;
}

/** One currency's part of a total. */
export type TotalPart = {
  amount: Money;
  /** In the worker's currency; null when no rate was entered (then left out of the total). */
  converted: Money | null;
  rate: ExchangeRate | null;
  stale: boolean;
};

/** A total in the worker's currency, with each currency's part and what was left out. */
export type Total = {
  total: Money;
  parts: TotalPart[];
  /** Currencies with no rate: their amounts are not in `total`. */
  missing: string[];
  /** Currencies whose rate is older than STALE_RATE_DAYS. */
  stale: string[];
};

/** `amount` in `home` at `rate` (null rate: only `home` itself converts). */
export function convert(amount: Money, home: string, rate: ExchangeRate | null): Money | null {
  if (amount.currency === home) return amount;
  if (!rate) return null;
  const scale = 10 ** (minorDigits(home) - minorDigits(amount.currency));
  const minor = Number((amount.minor * rate.perUnit * scale).toPrecision(15));
  return { minor: Math.sign(minor) * Math.round(Math.abs(minor)), currency: home };
}

/**
 * A decimal `amount` in `currency` as a decimal amount of `home`, through the worker's rates and
 * minor units; null when `currency` has no rate (then it counts for nothing in `home`).
 */
export function amountInHome(
  amount: number,
  currency: string,
  home: string,
  rates: readonly ExchangeRate[],
): number | null {
  if (currency === home) return amount;
  const rate = rates.find((r) => r.currency === currency);
  const converted = rate ? convert(money(amount, currency), home, rate) : null;
  return converted ? fromMinor(converted) : null;
}

/**
 * The total of `amounts` in the worker's currency `home`. Each currency is summed first and
 * converted once, so rounding happens once per currency, not once per amount.
 */
export function totalIn(
  amounts: readonly Money[],
  home: string,
  rates: readonly ExchangeRate[],
  today: CalendarDay,
): Total {
  const byCurrency = new Map(rates.map((r) => [r.currency, r]));
  const parts = sumByCurrency(amounts).map((amount): TotalPart => {
    const rate = amount.currency === home ? null : (byCurrency.get(amount.currency) ?? null);
    return {
      amount,
      converted: convert(amount, home, rate),
      rate,
      stale: rate !== null && isStale(rate, today),
    };
  });
  const minor = parts.reduce((sum, p) => sum + (p.converted?.minor ?? 0), 0);
  return {
    total: { minor, currency: home },
    parts,
    missing: parts.filter((p) => p.converted === null).map((p) => p.amount.currency),
    stale: parts.filter((p) => p.stale).map((p) => p.amount.currency),
  };
}
