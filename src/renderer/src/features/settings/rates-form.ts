/**
 * The exchange-rates part of the settings editor: one row per currency, "1 USD = 58.20 PHP",
 * with the day each rate was set. A rate keeps the day it was set until its number is edited
 * (then it is set today), so "older than 30 days" means what the worker thinks it means. Every
 * problem of every row is reported at once, under the validator's paths
 * (`exchangeRates.<i>.currency` / `.perUnit`), and nothing is saved while one remains.
 */
import { isCurrencyCode, isStale } from '../../../../core/money';
import type { CalendarDay, ExchangeRate } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';

/** A rate as the editor holds it: text as typed, and the day it was stored with (null: new). */
export type RateRow = {
  /** Stable React key: rows are added and removed. */
  key: string;
  currency: string;
  perUnit: string;
  storedOn: CalendarDay | null;
  /** The rate's number was edited: saving sets it today. */
  edited: boolean;
};

let nextKey = 0;
const newKey = (): string => `rate-${++nextKey}`;

/** The rows for stored rates. */
export function ratesToRows(rates: readonly ExchangeRate[]): RateRow[] {
  return rates.map((r) => ({
    key: newKey(),
    currency: r.currency,
    perUnit: String(r.perUnit),
    storedOn: r.setOn,
    edited: false,
  }));
}

/** An empty row for a new rate. */
export function newRateRow(): RateRow {
  return { key: newKey(), currency: '', perUnit: '', storedOn: null, edited: true };
}

/** A currency code as typed, in the form it is stored ('usd ' → 'USD'). */
export function typedCode(text: string): string {
  return text.trim().toUpperCase();
}

/** True when the row's stored rate is older than 30 days and has not been edited. */
export function rowIsStale(row: RateRow, today: CalendarDay): boolean {
  if (row.edited || row.storedOn === null) return false;
  return isStale({ currency: row.currency, perUnit: 0, setOn: row.storedOn }, today);
}

// A plain predicate: the type guard would narrow the code to `never` once refused.
const known = (code: string): boolean => isCurrencyCode(code);

/** A rate as typed: a plain decimal number ('58.20', '0.0172'); anything else is not one. */
function parseRate(text: string): number {
  const t = text.trim();
  return /^\d+(\.\d+)?$|^\.\d+$/.test(t) ? Number(t) : Number.NaN;
}

type RatesOptions = {
  /** The worker's currency as the form has it now. */
  home: string;
  /** The worker's currency the stored rates were set into. */
  storedHome: string;
  today: CalendarDay;
};

/** Checks every row: the rates to store, or every row's problems at once. */
export function checkRates(
  rows: readonly RateRow[],
  { home, storedHome, today }: RatesOptions,
): { ok: true; value: ExchangeRate[] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  const value: ExchangeRate[] = [];
  rows.forEach((row, i) => {
    const at = `exchangeRates.${i}`;
    const code = typedCode(row.currency);
    if (code === '') errors[`${at}.currency`] = 'Enter the currency code, such as USD.';
    else if (!known(code))
      errors[`${at}.currency`] =
        `“${code.slice(0, 8)}” is not a currency code this computer knows.`;
    else if (code === home)
      errors[`${at}.currency`] = `${home} is your own currency: it needs no rate.`;
    else if (seen.has(code)) errors[`${at}.currency`] = `${code} has a rate already.`;
    seen.add(code);
    const perUnit = parseRate(row.perUnit);
    if (row.perUnit.trim() === '') errors[`${at}.perUnit`] = 'Enter the rate.';
    else if (row.perUnit.trim().startsWith('-'))
      errors[`${at}.perUnit`] = 'A rate cannot be negative.';
    else if (!Number.isFinite(perUnit))
      errors[`${at}.perUnit`] = 'Enter the rate as a number, such as 58.20.';
    else if (perUnit === 0) errors[`${at}.perUnit`] = 'A rate must be above zero.';
    else if (!row.edited && row.storedOn !== null && home !== storedHome) {
      // A rate was entered into the old currency: kept as it was, it would be read as the new.
      errors[`${at}.perUnit`] =
        `This rate is into ${storedHome}: enter it again for ${home}, or remove it.`;
    }
    const setOn = row.edited || row.storedOn === null ? today : row.storedOn;
    value.push({ currency: code, perUnit, setOn });
  });
  return Object.keys(errors).length === 0 ? { ok: true, value } : { ok: false, errors };
}
