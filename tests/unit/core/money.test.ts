import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convert,
  fromMinor,
  isCurrencyCode,
  isStale,
  minorDigits,
  money,
  rateProblem,
  sumByCurrency,
  toMinor,
  totalIn,
  type ExchangeRate,
} from '../../../src/core/money';

const rate = (currency: string, perUnit: number, setOn = '2026-03-01'): ExchangeRate => ({
  currency,
  perUnit,
  setOn,
});

describe('minor units', () => {
  it('by the ISO 4217 exponent: USD 2, JPY 0, KWD 3', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(toMinor(1234.5, 'JPY')).toBe(1235);
    expect(toMinor(1.2345, 'KWD')).toBe(1235);
    expect(toMinor(0.1, 'USD')).toBe(10);
    expect(toMinor(-2.675, 'USD')).toBe(-268);
    expect(fromMinor({ minor: 1235, currency: 'KWD' })).toBe(1.235);
  });

  it('a thousand $0.10 sum to exactly $100.00', () => {
    const amounts = Array.from({ length: 1000 }, () => money(0.1, 'USD'));
    expect(sumByCurrency(amounts)).toEqual([{ minor: 10000, currency: 'USD' }]);
    // The float sum drifts: this is what integer minor units avoid.
    expect(Array.from({ length: 1000 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(100);
  });

  it('sums of minor units are exact whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 200 }), (cents) => {
        const amounts = cents.map((minor) => ({ minor, currency: 'USD' }));
        const reversed = [...amounts].reverse();
        const total = cents.reduce((a, b) => a + b, 0);
        expect(sumByCurrency(amounts)[0]?.minor ?? 0).toBe(total);
        expect(sumByCurrency(reversed)[0]?.minor ?? 0).toBe(total);
      }),
    );
  });
});

describe('currency codes and rates', () => {
  it('knows ISO codes and refuses others', () => {
    for (const code of ['USD', 'GBP', 'AUD', 'PHP', 'JPY', 'KWD'])
      expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['usd', 'US', 'XYZ1', 'ABC', '', 42, null])
      expect(isCurrencyCode(code)).toBe(false);
  });

  it.each([
    [{ currency: 'USD', perUnit: 58.2 }, null],
    [{ currency: 'USD', perUnit: 0 }, 'Enter a rate above zero'],
    [{ currency: 'USD', perUnit: -1 }, 'Enter a rate above zero'],
    [{ currency: 'USD', perUnit: Number.NaN }, 'Enter a rate above zero'],
    [{ currency: 'USD', perUnit: '58' }, 'Enter a rate above zero'],
    [{ currency: 'ZZZ', perUnit: 2 }, 'Enter a known three-letter currency code'],
    [{ currency: 'PHP', perUnit: 1 }, 'PHP is your own currency: it needs no rate'],
  ])('rate %o: %s', (r, problem) => {
    expect(rateProblem(r, 'PHP')).toBe(problem);
  });

  it('flags a rate older than 30 days', () => {
    expect(isStale(rate('USD', 58.2, '2026-03-01'), '2026-03-31')).toBe(false);
    expect(isStale(rate('USD', 58.2, '2026-03-01'), '2026-04-01')).toBe(true);
  });
});

describe('one total in the worker currency', () => {
  const rates = [rate('USD', 58.2), rate('GBP', 73.65), rate('AUD', 37.9, '2026-01-10')];

  it('three clients in USD, GBP and AUD make one total in PHP, as by hand', () => {
    const total = totalIn(
      [money(365, 'USD'), money(120, 'GBP'), money(34, 'AUD'), money(12.5, 'USD')],
      'PHP',
      rates,
      '2026-03-02',
    );
    // 377.50 × 58.20 = 21,970.50; 120 × 73.65 = 8,838.00; 34 × 37.90 = 1,288.60: 32,097.10.
    expect(total.parts.map((p) => p.converted?.minor)).toEqual([2197050, 883800, 128860]);
    expect(total.total).toEqual({ minor: 3209710, currency: 'PHP' });
    expect(total.missing).toEqual([]);
    expect(total.stale).toEqual(['AUD']);
  });

  it('names a currency without a rate as left out, never guessing it', () => {
    const total = totalIn([money(10, 'USD'), money(5000, 'JPY')], 'PHP', rates, '2026-03-02');
    expect(total.missing).toEqual(['JPY']);
    expect(total.total.minor).toBe(58200);
    expect(total.parts[1]?.converted).toBeNull();
  });

  it('converts between currencies of different exponents', () => {
    expect(convert({ minor: 1000, currency: 'JPY' }, 'USD', rate('JPY', 0.0067))).toEqual({
      minor: 670,
      currency: 'USD',
    });
    expect(convert({ minor: 1234, currency: 'KWD' }, 'USD', rate('KWD', 3.25))).toEqual({
      minor: 401,
      currency: 'USD',
    });
    expect(convert({ minor: 5, currency: 'PHP' }, 'PHP', null)).toEqual({
      minor: 5,
      currency: 'PHP',
    });
  });
});
