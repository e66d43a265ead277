import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import type { ExchangeRate } from '../../../src/core/types';
import {
  checkRates,
  newRateRow,
  ratesToRows,
  rowIsStale,
  type RateRow,
} from '../../../src/renderer/src/features/settings/rates-form';
import {
  checkSettingsForm,
  settingsToForm,
} from '../../../src/renderer/src/features/settings/settings-form';

const TODAY = '2026-03-02';
const inPhp = { home: 'PHP', storedHome: 'PHP', today: TODAY };

const row = (currency: string, perUnit: string): RateRow => ({
  ...newRateRow(),
  currency,
  perUnit,
});

function errorsOf(rows: RateRow[], options = inPhp): Record<string, string> {
  const checked = checkRates(rows, options);
  if (checked.ok) throw new Error('expected the rates to be refused');
  return checked.errors;
}

describe('rates form', () => {
  it('reads "1 USD = 58.20 PHP" as typed, code in capitals, set today', () => {
    const checked = checkRates([row(' usd ', '58.20'), row('JPY', '.3712')], inPhp);
    expect(checked).toEqual({
      ok: true,
      value: [
        { currency: 'USD', perUnit: 58.2, setOn: TODAY },
        { currency: 'JPY', perUnit: 0.3712, setOn: TODAY },
      ],
    });
  });

  it('refuses every bad row at once: zero, negative, not a number, blank, unknown, own, twice', () => {
    expect(
      errorsOf([
        row('USD', '0'),
        row('GBP', '-72.5'),
        row('AUD', '38,20'),
        row('EUR', '1e3'),
        row('CAD', ''),
        row('XYZ', '1'),
        row('', '2'),
        row('PHP', '1'),
        row('SGD', '43'),
        row('sgd', '44'),
      ]),
    ).toEqual({
      'exchangeRates.0.perUnit': 'A rate must be above zero.',
      'exchangeRates.1.perUnit': 'A rate cannot be negative.',
      'exchangeRates.2.perUnit': 'Enter the rate as a number, such as 58.20.',
      'exchangeRates.3.perUnit': 'Enter the rate as a number, such as 58.20.',
      'exchangeRates.4.perUnit': 'Enter the rate.',
      'exchangeRates.5.currency': '“XYZ” is not a currency code this computer knows.',
      'exchangeRates.6.currency': 'Enter the currency code, such as USD.',
      'exchangeRates.7.currency': 'PHP is your own currency: it needs no rate.',
      'exchangeRates.9.currency': 'SGD has a rate already.',
    });
  });

  it('keeps the day a rate was set until its number is edited', () => {
    const stored: ExchangeRate[] = [
      { currency: 'USD', perUnit: 58.2, setOn: '2026-01-05' },
      { currency: 'GBP', perUnit: 73.1, setOn: '2026-02-20' },
    ];
    const [usd, gbp] = ratesToRows(stored);
    if (!usd || !gbp) throw new Error('two rows');
    const checked = checkRates([{ ...usd, perUnit: '57.9', edited: true }, gbp], inPhp);
    expect(checked).toEqual({
      ok: true,
      value: [
        { currency: 'USD', perUnit: 57.9, setOn: TODAY },
        { currency: 'GBP', perUnit: 73.1, setOn: '2026-02-20' },
      ],
    });
  });

  it('flags a stored rate older than 30 days, not one set 30 days ago or edited', () => {
    const [old, month] = ratesToRows([
      { currency: 'USD', perUnit: 58.2, setOn: '2026-01-30' },
      { currency: 'GBP', perUnit: 73.1, setOn: '2026-01-31' },
    ]);
    if (!old || !month) throw new Error('two rows');
    expect(rowIsStale(old, TODAY)).toBe(true);
    expect(rowIsStale(month, TODAY)).toBe(false);
    expect(rowIsStale({ ...old, edited: true }, TODAY)).toBe(false);
  });

  it('refuses rates kept from before the worker changed currency', () => {
    const [usd] = ratesToRows([{ currency: 'GBP', perUnit: 73.1, setOn: '2026-02-20' }]);
    if (!usd) throw new Error('one row');
    expect(errorsOf([usd], { ...inPhp, home: 'USD' })).toEqual({
      'exchangeRates.0.perUnit': 'This rate is into PHP: enter it again for USD, or remove it.',
    });
    expect(
      checkRates([{ ...usd, edited: true, perUnit: '1.27' }], { ...inPhp, home: 'USD' }).ok,
    ).toBe(true);
  });
});

describe('rates in the settings form', () => {
  const stored = {
    ...defaultSettings('Asia/Manila', { currency: 'PHP' }),
    onboarded: true,
    exchangeRates: [{ currency: 'USD', perUnit: 58.2, setOn: '2026-01-05' }],
  };

  it('saves the stored rates unchanged with the rest of the settings', () => {
    const checked = checkSettingsForm(settingsToForm(stored), { ...stored, today: TODAY });
    expect(checked.ok && checked.value.exchangeRates).toEqual(stored.exchangeRates);
  });

  it('saves nothing while a rate is bad, and shows its problem with the other fields', () => {
    const form = settingsToForm(stored);
    const checked = checkSettingsForm(
      { ...form, dailyCapHours: '-1', rates: [...form.rates, row('AUD', 'abc')] },
      { ...stored, today: TODAY },
    );
    expect(checked.ok ? {} : checked.errors).toEqual({
      dailyCapMin: 'Daily cap cannot be negative.',
      'exchangeRates.1.perUnit': 'Enter the rate as a number, such as 58.20.',
    });
  });
});
