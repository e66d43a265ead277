/**
 * The worker's exchange rates for the month view. Rates are entered in the settings (schema
 * version 7, built beside this view); until the settings hold them there are none, and every
 * currency other than the worker's is named as left out of the totals, never guessed.
 */
import type { ExchangeRate } from '../../../../core/money';
import type { Settings } from '../../../../core/types';

/** The rates the month figures convert with. */
export function workerRates(settings: Settings): readonly ExchangeRate[] {
  const stored: unknown = Reflect.get(settings, 'exchangeRates');
  return Array.isArray(stored) ? stored.filter(isRate) : [];
}

function isRate(value: unknown): value is ExchangeRate {
  if (typeof value !== 'object' || value === null) return false;
  const currency: unknown = Reflect.get(value, 'currency');
  const perUnit: unknown = Reflect.get(value, 'perUnit');
  const setOn: unknown = Reflect.get(value, 'setOn');
  return typeof currency === 'string' && typeof perUnit === 'number' && typeof setOn === 'string';
}
