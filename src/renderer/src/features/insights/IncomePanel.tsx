/**
 * Projected income for the week: stable client income against variable microtask income, per
 * currency (never mixed), with progress to the weekly target.
 */
import type { Income } from '../../../../core/income';
import { formatMoney } from '../../format';
import './insights.css';

type Props = { income: Income };

/** The income section of the side panel. */
export function IncomePanel({ income }: Props) {
  if (income.totals.length === 0) return <p className="muted small">No paid work planned yet.</p>;
  return (
    <div className="income" data-testid="income">
      {income.totals.map((t) => {
        const stable = t.withProposals > 0 ? (t.client / t.withProposals) * 100 : 0;
        const accepted = t.withProposals > 0 ? (t.microtaskAccepted / t.withProposals) * 100 : 0;
        return (
          <div key={t.currency} className="income-currency">
            <p className="big-number">
              {formatMoney(t.planned, t.currency)}
              {t.microtaskProposed > 0 ? (
                <span className="muted small">
                  {' '}
                  + {formatMoney(t.microtaskProposed, t.currency)} proposed
                </span>
              ) : null}
            </p>
            <div
              className="split-bar"
              role="img"
              aria-label={`${formatMoney(t.client, t.currency)} stable client income, ${formatMoney(t.microtaskAccepted, t.currency)} accepted microtasks, ${formatMoney(t.microtaskProposed, t.currency)} proposed`}
            >
              <span className="seg-client" style={{ width: `${stable}%` }} />
              <span className="seg-micro" style={{ width: `${accepted}%` }} />
              <span className="seg-proposed" style={{ width: `${100 - stable - accepted}%` }} />
            </div>
            <dl className="stats">
              <dt>Stable (clients)</dt>
              <dd>
                {formatMoney(t.client, t.currency)} · {Math.round(t.stableShare * 100)}%
              </dd>
              <dt>Variable (microtasks)</dt>
              <dd>
                {formatMoney(t.microtaskAccepted, t.currency)} · {Math.round(t.variableShare * 100)}
                %
              </dd>
              <dt>Effective rate</dt>
              <dd>
                {t.effectiveHourly > 0 ? `${formatMoney(t.effectiveHourly, t.currency)}/h` : '—'}
              </dd>
            </dl>
          </div>
        );
      })}
      {income.target ? (
        <div className="target">
          <div className="target-row">
            <span>Weekly target</span>
            <span>
              {formatMoney(income.target.planned, income.target.currency)} of{' '}
              {formatMoney(income.target.amount, income.target.currency)}
            </span>
          </div>
          <progress
            max={income.target.amount}
            value={Math.min(income.target.planned, income.target.amount)}
            aria-label="Progress to the weekly income target"
          />
          <p className="muted small">{income.target.note}</p>
        </div>
      ) : null}
    </div>
  );
}
