/**
 * The exchange rates the worker enters, "1 USD = 58.20 PHP", each with the day it was set: add,
 * edit, remove. Totals use them and nothing else (no network); a rate older than 30 days is
 * flagged here as in the income panel.
 */
import { formatDayLong } from '../../../../core/format';
import type { CalendarDay } from '../../../../core/types';
import { Field } from '../../components/Field';
import { CURRENCIES } from '../../ui-constants';
import { newRateRow, rowIsStale, typedCode, type RateRow } from './rates-form';
import { Section, type SectionProps } from './SettingsSections';

type Props = SectionProps & { today: CalendarDay };

/** The rates section of the settings editor. */
export function RatesSection({ form, set, errors, today }: Props) {
  const home = form.currency;
  const setRow = (key: string, patch: Partial<RateRow>) =>
    set({ rates: form.rates.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  return (
    <Section id="settings-rates" title="Exchange rates">
      <div className="span-2 rates" data-testid="rates-section">
        <p className="small muted">
          What one unit of each currency you are paid in is worth in {home}, as your bank or payment
          service gives it. Totals are shown in {home}; a currency without a rate is left out of
          them and named.
        </p>
        {form.rates.length === 0 ? <p className="small">No rates yet.</p> : null}
        <datalist id="rate-currencies">
          {CURRENCIES.filter((c) => c !== home).map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        {form.rates.map((row, i) => {
          const code = typedCode(row.currency);
          const stale = rowIsStale(row, today);
          return (
            <div className="rate-row" key={row.key} data-testid="rate-row">
              <Field label="Currency" error={errors[`exchangeRates.${i}.currency`]}>
                <input
                  type="text"
                  list="rate-currencies"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={8}
                  value={row.currency}
                  onChange={(e) => setRow(row.key, { currency: e.target.value })}
                />
              </Field>
              <Field
                label={`1 ${code || 'unit'} in ${home}`}
                error={errors[`exchangeRates.${i}.perUnit`]}
              >
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.perUnit}
                  onChange={(e) => setRow(row.key, { perUnit: e.target.value, edited: true })}
                />
              </Field>
              <p className={stale ? 'rate-date stale' : 'rate-date muted'}>
                {row.edited || row.storedOn === null
                  ? 'Set today when saved'
                  : `Set ${formatDayLong(row.storedOn)}`}
                {stale ? <span className="tag stale-tag">older than 30 days</span> : null}
              </p>
              <button
                type="button"
                className="button small"
                aria-label={`Remove the ${code || 'new'} rate`}
                onClick={() => set({ rates: form.rates.filter((r) => r.key !== row.key) })}
              >
                Remove
              </button>
            </div>
          );
        })}
        <div>
          <button
            type="button"
            className="button small"
            onClick={() => set({ rates: [...form.rates, newRateRow()] })}
          >
            Add a rate
          </button>
        </div>
      </div>
    </Section>
  );
}
