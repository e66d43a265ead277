/**
 * The side panel: burnout warnings, proposals to accept (and why a platform got none), hours
 * against the caps, projected income and the availability legend.
 */
import { Buttons } from '../../components/Buttons';
import { memo } from 'react';
import type { CalendarDay, Client, Commitment, Platform, Settings } from '../../../../core/types';
import { formatDuration, formatMoney, zoneCity } from '../../format';
import { HoursChart } from '../insights/HoursChart';
import { IncomePanel } from '../insights/IncomePanel';
import { RetainerMonths } from '../insights/RetainerMonths';
import { WarningsPanel } from '../insights/WarningsPanel';
import { DismissedList } from './DismissedList';
import type { WeekModel } from './model';
import './side-panel.css';

type Props = {
  /** Null while the panel's first render is still to come (an empty panel, marked busy). */
  model: WeekModel | null;
  settings: Settings;
  clients: readonly Client[];
  commitments: readonly Commitment[];
  platforms: readonly Platform[];
  /** Today in the home zone (how old the exchange rates are). */
  today: CalendarDay;
  hiddenBands: ReadonlySet<string>;
  onToggleBand: (clientId: string) => void;
  onAcceptAll: (ids: string[]) => void;
  onDismissAll: (ids: string[]) => void;
  /** Brings back dismissed proposals. */
  onRestore: (ids: string[]) => void;
  onFocus: (at: number) => void;
};

/**
 * Side panel with warnings, proposals, totals, income and legend. Memoised: with stable handlers
 * it renders only when its week or data change, not when the grid does.
 */
export const SidePanel = memo(function SidePanel(props: Props) {
  const { model, settings, platforms } = props;
  if (!model) return <aside className="side-panel" aria-label="Week summary" aria-busy="true" />;
  const { plan, proposals } = model;
  const proposedMin = proposals.reduce((sum, p) => sum + (p.end - p.start) / 60_000, 0);
  const byCurrency = new Map<string, number>();
  for (const p of proposals) {
    byCurrency.set(p.currency, (byCurrency.get(p.currency) ?? 0) + p.expectedEarnings);
  }
  const enabledPlatforms = platforms.filter((p) => p.enabled).length;
  return (
    <aside className="side-panel" aria-label="Week summary">
      <section className="panel-section" aria-labelledby="h-risk">
        <h2 id="h-risk">Burnout check</h2>
        <WarningsPanel warnings={plan.warnings} summary={plan.summary} onFocus={props.onFocus} />
      </section>
      <section className="panel-section" aria-labelledby="h-gaps">
        <h2 id="h-gaps">Microtask gaps</h2>
        {proposals.length > 0 ? (
          <>
            <p data-testid="proposal-summary">
              {proposals.length} proposed session{proposals.length === 1 ? '' : 's'},{' '}
              {formatDuration(proposedMin)}
              {[...byCurrency].map(([currency, amount]) => ` · ≈ ${formatMoney(amount, currency)}`)}
            </p>
            <div className="row-actions">
              <Buttons
                actions={[
                  { text: 'Accept all', className: 'button primary small', run: props.onAcceptAll },
                  { text: 'Dismiss all', className: 'button small', run: props.onDismissAll },
                ].map((action) => ({
                  ...action,
                  run: () => action.run(proposals.map((p) => p.id)),
                }))}
              />
            </div>
          </>
        ) : (
          <p className="muted small">
            {enabledPlatforms === 0
              ? 'Add a microtask platform to get sessions proposed in your free gaps.'
              : model.dismissedProposals.length > 0
                ? 'Every proposal this week is dismissed.'
                : 'No free gaps left inside your working hours and caps.'}
          </p>
        )}
        <DismissedList
          dismissed={model.dismissedProposals}
          platforms={platforms}
          settings={settings}
          onRestore={props.onRestore}
        />
        {plan.unplaced.length > 0 && (
          <ul className="unplaced-list muted small" aria-label="Platforms without a proposal">
            {plan.unplaced.map((u) => (
              <li key={u.platformId}>{u.reason}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel-section" aria-labelledby="h-hours">
        <h2 id="h-hours">Hours this week</h2>
        <p className="big-number" data-testid="week-total">
          {formatDuration(plan.totals.plannedMin)}{' '}
          <span className="muted small">of {formatDuration(settings.weeklyCapMin)} cap</span>
        </p>
        <HoursChart days={plan.days} capMin={settings.dailyCapMin} />
      </section>
      <section className="panel-section" aria-labelledby="h-income">
        <h2 id="h-income">Projected income</h2>
        <IncomePanel income={plan.income} settings={settings} today={props.today} />
      </section>
      <RetainerMonths clients={props.clients} commitments={props.commitments} />
      <section className="panel-section" aria-labelledby="h-legend">
        <h2 id="h-legend">Client availability</h2>
        {model.bandClients.length === 0 ? (
          <p className="muted small">No client hours yet.</p>
        ) : null}
        <BandLegend
          clients={model.bandClients}
          hiddenBands={props.hiddenBands}
          onToggle={props.onToggleBand}
        />
      </section>
    </aside>
  );
});

type LegendProps = {
  clients: readonly Client[];
  hiddenBands: ReadonlySet<string>;
  onToggle: (clientId: string) => void;
};

const sameLegend = (a: LegendProps, b: LegendProps) =>
  a.hiddenBands === b.hiddenBands &&
  a.onToggle === b.onToggle &&
  a.clients.length === b.clients.length &&
  a.clients.every((c, i) => c === b.clients[i]);

/**
 * A checkbox per client with hours, showing or hiding its band. Memoised on the clients
 * themselves: moving to another week changes nothing here, so nothing is rendered again.
 */
const BandLegend = memo(function BandLegend({ clients, hiddenBands, onToggle }: LegendProps) {
  return (
    <ul className="legend">
      {clients.map((client) => (
        <li key={client.id}>
          <label className="check">
            <input
              type="checkbox"
              checked={!hiddenBands.has(client.id)}
              onChange={() => onToggle(client.id)}
            />
            <span className="dot" style={{ background: client.color }} aria-hidden />
            {client.name} <span className="muted small">{zoneCity(client.zone)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}, sameLegend);
