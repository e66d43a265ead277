/**
 * Each retainer client's billing month, in the client's zone: hours done and planned against
 * the included hours, and a warning with the overage hours and amount when the plan goes over.
 * The month is computed here, only while the panel is shown: the week's plan never expands it.
 */
import { memo, useMemo } from 'react';
import { retainerMonthsAt, type ClientRetainerMonth } from '../../../../core/retainer';
import type { Client, Commitment } from '../../../../core/types';
import { formatAmount, formatDuration, zoneCity } from '../../format';
import { useNow } from '../../hooks/useNow';

type Props = { clients: readonly Client[]; commitments: readonly Commitment[] };

/** A billing month's name, 'March 2026', from 'yyyy-MM'. */
function monthLabel(month: string): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The current billing month of every retainer client (nothing when there is none). */
export function useRetainerMonths(
  clients: readonly Client[],
  commitments: readonly Commitment[],
): ClientRetainerMonth[] {
  const now = useNow();
  return useMemo(() => retainerMonthsAt(clients, commitments, now), [clients, commitments, now]);
}

/** The overage sentence of a month that goes over, or null. */
export function overageText(m: ClientRetainerMonth): string | null {
  if (!m.over) return null;
  return `The plan goes ${formatDuration(m.overageMin)} over the ${formatDuration(m.includedMin)} included: ${formatAmount(m.overageAmount)} of overage this month.`;
}

/** The side panel's retainer months. Memoised: it renders for new clients or commitments. */
export const RetainerMonths = memo(function RetainerMonths({ clients, commitments }: Props) {
  const months = useRetainerMonths(clients, commitments);
  if (months.length === 0) return null;
  const zones = new Map(clients.map((c) => [c.id, c.zone]));
  return (
    <section className="panel-section" aria-labelledby="h-retainers">
      <h2 id="h-retainers">Retainers this month</h2>
      {months.map((m) => {
        const used = m.doneMin + m.plannedMin;
        const over = overageText(m);
        return (
          <div key={m.clientId} className="retainer" data-testid="retainer-month">
            <div className="target-row">
              <span>{m.name}</span>
              <span>
                {formatDuration(used)} of {formatDuration(m.includedMin)}
              </span>
            </div>
            <progress
              className={m.over ? 'over' : undefined}
              max={Math.max(1, m.includedMin)}
              value={Math.min(used, m.includedMin)}
              aria-label={`${m.name}: hours used of the included hours`}
            />
            <p className="muted small">
              {monthLabel(m.month)} in {zoneCity(zones.get(m.clientId) ?? 'UTC')}
              {m.doneMin > 0 ? ` · ${formatDuration(m.doneMin)} done` : null} ·{' '}
              {formatDuration(m.plannedMin)} planned
              {m.missedMin > 0 ? ` · ${formatDuration(m.missedMin)} missed` : null}
            </p>
            {over ? (
              <p className="notice warn small" data-testid="retainer-over">
                {over}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
});
