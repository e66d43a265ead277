/**
 * The exchange rates stored in the settings: each a known currency other than the worker's own,
 * a rate above zero, and the day it was set; one rate per currency. The rates editor checks the
 * same things as typed (features/settings/rates-form.ts); this is the check every write and every
 * restored backup passes through.
 */
import { isCurrencyCode } from '../money';
import type { ExchangeRate } from '../types';
import type { FieldReader } from './fields';

/** More rates than there are currencies is not a list anyone entered. */
const MAX_RATES = 400;
/** 1 unit = at most this many of the worker's currency (a KWD is about 190 PHP, a BTC is no currency). */
const RATE_MAX = 1_000_000;

/** Reads `exchangeRates` into the worker's currency `home`, recording every problem. */
export function readExchangeRates(r: FieldReader, home: string): ExchangeRate[] {
  const seen = new Set<string>();
  return r.list('exchangeRates', 'Exchange rates', { max: MAX_RATES }, (item, path) => {
    const e = r.child(item, path, 'Exchange rate');
    if (!e) return null;
    const code = e.raw('currency');
    const currency = isCurrencyCode(code) ? code : '';
    if (currency === '')
      e.fail('currency', 'Currency must be a known three-letter code such as USD.');
    else if (currency === home)
      e.fail('currency', `${home} is your own currency: it needs no rate.`);
    else if (seen.has(currency)) e.fail('currency', `${currency} has a rate already.`);
    seen.add(currency);
    const perUnit = e.number('perUnit', 'Rate', { min: 0, max: RATE_MAX });
    if (e.ok && perUnit === 0) e.fail('perUnit', 'Rate must be above zero.');
    const setOn = e.day('setOn', 'Set on');
    r.absorb(e);
    return e.ok ? { currency, perUnit, setOn } : null;
  });
}
