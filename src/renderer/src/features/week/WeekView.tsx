/**
 * The home screen: toolbar with week navigation, the week grid and the side panel.
 */
import { useCallback, useDeferredValue, useState } from 'react';
import { addDays, formatOffset, offsetMinutes } from '../../../../core/time';
import type { Client, Commitment, Platform, Settings } from '../../../../core/types';
import type { DialogState } from '../../Dialogs';
import { formatWeekRange, zoneCity } from '../../format';
import { sessionsPage, weekContextRange, type SessionsResult } from '../../db/boot';
import { useSessions } from '../../hooks/useData';
import { useStableHandler } from '../../hooks/useStableHandler';
import type { WeekModel, WeekModelInput } from './model';
import { useWeekModel } from './useWeekModel';
import { coveredSessions, useCoveredSessions } from './useCoveredSessions';
import { SessionDialog } from './SessionDialog';
import { SidePanel } from './SidePanel';
import { useWeekActions } from './useWeekActions';
import type { GridBlock } from './grid-types';
import { WeekGrid } from './WeekGrid';

type Props = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  weekStart: string;
  now: number;
  focusAt: number | null;
  prefetched: SessionsResult;
  /** The first week has been painted: live reads may start. */
  settled: boolean;
  onFocus: (at: number) => void;
  onNavigate: (where: 'prev' | 'next' | 'today') => void;
  onDialog: (dialog: DialogState) => void;
};

type Selected = { kind: 'session'; id: string } | { kind: 'proposal'; id: string } | null;

/** The week view with toolbar and side panel. */
export function WeekView(props: Props) {
  const { settings, clients, commitments, platforms, weekStart, now } = props;
  const zone = settings.homeZone;
  const { from, to } = weekContextRange(weekStart, zone);
  // Read sessions for a page of weeks around the shown one, so the next or previous weeks are
  // already in memory when the user moves to them: one render each, no waiting on IndexedDB. The
  // page moves only every few weeks, so most moves start no new read at all.
  const page = sessionsPage(weekStart, zone);
  const live = useSessions(page.from, page.to, props.settled);
  const sessions = useCoveredSessions([props.prefetched, live], from, to);
  const loading = sessions === undefined;
  const [hiddenBands, setHiddenBands] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<Selected>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const base = { settings, clients, commitments, platforms, hiddenBands, dismissed, now };
  const input: WeekModelInput | null = sessions ? { ...base, weekStart, sessions } : null;
  // The weeks either side, from whichever loaded read covers them, planned ahead for a quick move
  // once the shown week is painted (the start-up read already covers both).
  const ahead = () =>
    [7, -7].flatMap((days) => {
      const week = addDays(weekStart, days);
      const range = weekContextRange(week, zone);
      const list = coveredSessions([props.prefetched, live], range.from, range.to);
      return list ? [{ ...base, weekStart: week, sessions: list }] : [];
    });
  const fresh = useWeekModel(input, ahead);
  // While a far week loads, the last plan stays on screen (the grid says it is busy): state
  // adjusted during render, React's pattern for keeping a previous value.
  const [shown, setShown] = useState<WeekModel | null>(fresh);
  if (fresh && fresh !== shown) setShown(fresh);
  const model = fresh ?? shown;
  const actions = useWeekActions(model?.proposals ?? [], sessions ?? [], commitments, now);
  // The side panel follows the grid: a week switch paints the new grid first and the panel's
  // totals in the render right after it (React keeps the panel's last week until then).
  // On the first render the panel starts empty and fills in a background render right after the
  // grid is painted (React's deferred value: that render yields to the browser between slices).
  const panelModel = useDeferredValue(model, null);
  // Stable handlers: the grid and the panel are memoised and re-render only for new data.
  const acceptIds = useStableHandler((ids: string[]) => void actions.accept(ids));
  const acceptOne = useStableHandler((id: string) => void actions.accept([id]));
  const move = useStableHandler(
    (block: GridBlock, start: number, end: number) => void actions.move(block, start, end),
  );
  const open = useStableHandler((block: GridBlock) => {
    if (block.kind === 'commitment') {
      const commitment = commitments.find((c) => block.id.startsWith(`${c.id}@`));
      if (commitment) props.onDialog({ kind: 'commitment', commitment });
    } else setSelected({ kind: block.kind, id: block.id });
  });
  const dismiss = useCallback(
    (id: string) => setDismissed((current) => new Set(current).add(id)),
    [],
  );
  const dismissIds = useCallback(
    (ids: string[]) => setDismissed((current) => new Set([...current, ...ids])),
    [],
  );
  const toggleBand = useCallback(
    (id: string) =>
      setHiddenBands((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  if (!model) {
    return (
      <div className="loading" role="status">
        Planning your week…
      </div>
    );
  }
  const first = model.days[0]?.date ?? weekStart;
  const last = model.days[6]?.date ?? weekStart;

  const selectedSession =
    selected?.kind === 'session' ? sessions?.find((s) => s.id === selected.id) : undefined;
  const selectedProposal =
    selected?.kind === 'proposal' ? model.proposals.find((p) => p.id === selected.id) : undefined;
  const selectedItem = selectedSession
    ? ({ kind: 'session', session: selectedSession } as const)
    : selectedProposal
      ? ({ kind: 'proposal', proposal: selectedProposal } as const)
      : null;
  const selectedPlatform = platforms.find(
    (p) => p.id === (selectedSession?.platformId ?? selectedProposal?.platformId),
  );

  return (
    <div className="app">
      <header className="toolbar">
        <div className="brand">
          <span className="brand-mark small" aria-hidden>
            ◷
          </span>
          Hybrid Planner
        </div>
        <nav className="week-nav" aria-label="Week navigation">
          <button
            type="button"
            className="icon-button"
            aria-label="Previous week"
            aria-keyshortcuts="ArrowLeft"
            onClick={() => props.onNavigate('prev')}
          >
            ‹
          </button>
          <button
            type="button"
            className="button small"
            aria-keyshortcuts="T"
            onClick={() => props.onNavigate('today')}
          >
            Today
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Next week"
            aria-keyshortcuts="ArrowRight"
            onClick={() => props.onNavigate('next')}
          >
            ›
          </button>
          <h1 className="week-title" aria-live="polite">
            {formatWeekRange(first, last)}
          </h1>
        </nav>
        <div className="zone-chip" title={zone}>
          {zoneCity(zone)} · {formatOffset(offsetMinutes(zone, model.plan.range.start))}
        </div>
        <div className="toolbar-actions">
          <button
            type="button"
            className="button"
            onClick={() => props.onDialog({ kind: 'clients' })}
          >
            Clients
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onDialog({ kind: 'platforms' })}
          >
            Platforms
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onDialog({ kind: 'calendar', tab: 'export' })}
          >
            Calendar
          </button>
          <button
            type="button"
            className="button"
            aria-label="Backup and restore"
            onClick={() => props.onDialog({ kind: 'data' })}
          >
            Backup
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onDialog({ kind: 'settings' })}
          >
            Settings
          </button>
          <button
            type="button"
            className="button primary"
            aria-keyshortcuts="N"
            onClick={() =>
              clients.length === 0
                ? props.onDialog({ kind: 'client', client: null })
                : props.onDialog({ kind: 'commitment', commitment: null })
            }
          >
            {clients.length === 0 ? '+ Client' : '+ Commitment'}
          </button>
        </div>
      </header>
      <div className="workspace">
        <main className="week-main" aria-label="Week plan">
          {clients.length === 0 ? (
            <div className="empty-hint" role="note">
              Add your first client with their time zone and hours, then their regular calls and
              work blocks.
              <button
                type="button"
                className="button primary small"
                onClick={() => props.onDialog({ kind: 'client', client: null })}
              >
                Add a client
              </button>
            </div>
          ) : null}
          {model.plan.dstShifts.length + model.notices.length > 0 ? (
            <div className="notice warn dst-notices" role="status" data-testid="dst-notices">
              <strong>Time changes:</strong>
              <ul>
                {model.notices.map((n) => (
                  <li key={`n-${n.occurrenceId}`}>{n.message}</li>
                ))}
                {model.plan.dstShifts.map((shift) => (
                  <li key={`${shift.kind}-${shift.at}-${shift.occurrenceId ?? ''}`}>
                    {shift.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {actions.error ? (
            <div className="notice critical" role="alert">
              {actions.error}{' '}
              <button type="button" className="button small" onClick={actions.clearError}>
                OK
              </button>
            </div>
          ) : null}
          <WeekGrid
            busy={loading}
            days={model.days}
            blocks={model.blocks}
            bands={model.bands}
            bandLanes={model.bandClients.length}
            zone={zone}
            clock={settings.clock}
            now={now}
            focusAt={props.focusAt}
            onOpen={open}
            onAccept={acceptOne}
            onDismiss={dismiss}
            onMove={move}
          />
        </main>
        <SidePanel
          model={panelModel}
          settings={settings}
          clients={clients}
          platforms={platforms}
          hiddenBands={hiddenBands}
          onAcceptAll={acceptIds}
          onDismissAll={dismissIds}
          onFocus={props.onFocus}
          onToggleBand={toggleBand}
        />
      </div>
      {selectedItem ? (
        <SessionDialog
          item={selectedItem}
          platform={selectedPlatform}
          settings={settings}
          now={now}
          onAccept={(id) => void actions.accept([id])}
          onDismiss={dismiss}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </div>
  );
}
