/**
 * Projected income for the week as one total in the worker's currency: stable client income
 * against variable microtask income, the weekly target, and each currency's amount in its own
 * currency too. A currency without a rate is named as left out; a stale rate is flagged.
 */
import { useMemo } from 'react';
import type { Income } from '../../../../core/income';
import { incomeInHome, type HomeIncome } from '../../../../core/income-total';
import type { CalendarDay, Settings } from '../../../../core/types';
import { formatAmount } from '../../format';
import './insights.css';

type Props = {
  income: Income;
  settings: Pick<Settings, 'currency' | 'exchangeRates' | 'weeklyIncomeTarget'>;
  /** Today in the home zone: how old each rate is. */
  today: CalendarDay;
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const list = (codes: readonly string[]) => codes.join(', ');

/** The income section of the side panel. */
export function IncomePanel({ income, settings, today }: Props) {
  const { currency, exchangeRates, weeklyIncomeTarget } = settings;
  const home = useMemo(
    () =>
      incomeInHome(income, {
        home: currency,
        rates: exchangeRates,
        today,
        target: weeklyIncomeTarget,
      }),
    [income, currency, exchangeRates, today, weeklyIncomeTarget],
  );
  if (income.totals.length === 0) return <p className="muted small">No paid work planned yet.</p>;
  const all = home.planned.minor + home.proposed.minor;
  const width = (minor: number) => `${all > 0 ? (minor / all) * 100 : 0}%`;
  return (
    <div className="income" data-testid="income">
      <p className="big-number" data-testid="income-total">
        {formatAmount(home.planned)}
        {home.proposed.minor > 0 ? (
          <span className="muted small"> + {formatAmount(home.proposed)} proposed</span>
        ) : null}
      </p>
      <div
        className="split-bar"
        role="img"
        aria-label={`${formatAmount(home.client)} stable client income, ${formatAmount(home.microtask)} accepted microtasks, ${formatAmount(home.proposed)} proposed`}
      >
        <span className="seg-client" style={{ width: width(home.client.minor) }} />
        <span className="seg-micro" style={{ width: width(home.microtask.minor) }} />
        <span className="seg-proposed" style={{ width: width(home.proposed.minor) }} />
      </div>
      <dl className="stats">
        <dt>Stable (clients)</dt>
        <dd>
          {formatAmount(home.client)} · {percent(home.stableShare)}
        </dd>
        <dt>Variable (microtasks)</dt>
        <dd>
          {formatAmount(home.microtask)} · {percent(home.variableShare)}
        </dd>
        <dt>Effective rate</dt>
        <dd>{home.effectiveHourly ? `${formatAmount(home.effectiveHourly)}/h` : '—'}</dd>
      </dl>
      <RateNotes home={home} />
      {home.lines.length > 1 || home.lines.some((l) => l.currency !== currency) ? (
        <CurrencyLines home={home} />
      ) : null}
      {home.target ? (
        <div className="target">
          <div className="target-row">
            <span>Weekly target</span>
            <span data-testid="income-target">
              {formatAmount(home.target.planned)} of {formatAmount(home.target.amount)}
            </span>
          </div>
          <progress
            max={home.target.amount.minor}
            value={Math.min(home.target.planned.minor, home.target.amount.minor)}
            aria-label="Progress to the weekly income target"
          />
          <p className="muted small">
            {home.target.met
              ? 'Met with the work planned.'
              : `${formatAmount(home.target.gap)} to go.`}
            {home.missing.length > 0 ? ` Not counting ${list(home.missing)} (no rate).` : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** What the total leaves out, and which of its rates are old. */
function RateNotes({ home }: { home: HomeIncome }) {
  if (home.missing.length === 0 && home.stale.length === 0) return null;
  return (
    <div className="notice warn small income-notes" data-testid="income-rate-notes">
      {home.missing.length > 0 ? (
        <p>
          Left out of the total: {list(home.missing)}, with no exchange rate into {home.currency}.
          Add one in Settings.
        </p>
      ) : null}
      {home.stale.length > 0 ? (
        <p>
          The {list(home.stale)} rate{home.stale.length === 1 ? ' is' : 's are'} older than 30 days:
          check {home.stale.length === 1 ? 'it' : 'them'} in Settings.
        </p>
      ) : null}
    </div>
  );
}

/** Each currency's planned income in its own currency, and what it counts for in the total. */
function CurrencyLines({ home }: { home: HomeIncome }) {
  return (
    <table className="income-lines" aria-label="Income by currency">
      <thead>
        <tr>
          <th scope="col">Paid in</th>
          <th scope="col">Amount</th>
          <th scope="col">In {home.currency}</th>
        </tr>
      </thead>
      <tbody>
        {home.lines.map((l) => (
          <tr key={l.currency} data-currency={l.currency}>
            <th scope="row">{l.currency}</th>
            <td>
              {formatAmount(l.planned)}
              {l.proposed.minor > 0 ? (
                <span className="muted"> + {formatAmount(l.proposed)}</span>
              ) : null}
            </td>
            <td className={l.plannedHome ? undefined : 'muted'}>
              {l.plannedHome ? formatAmount(l.plannedHome) : 'no rate'}
              {l.stale ? <span className="old-rate">old rate</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
