/**
 * The home screen: the toolbar, the week grid with its notices, the side panel and the session
 * dialog. The data comes from useWeekData; this module holds what the user does with it.
 */
import { useCallback, useState } from 'react';
import { dayOf } from '../../../../core/time';
import type { TimeOff } from '../../../../core/types';
import type { DialogState } from '../../Dialogs';
import { useStableHandler } from '../../hooks/useStableHandler';
import { useWorkRecords } from '../../hooks/useWorkRecords';
import { OccurrenceDialog } from './OccurrenceDialog';
import { SessionDialog } from './SessionDialog';
import { SidePanel } from './SidePanel';
import { useWeekActions } from './useWeekActions';
import { useWeekUndo } from './useWeekUndo';
import type { SessionsResult } from '../../hooks/week-range';
import type { PlannerData } from '../../planner-data';
import { useWeekData } from './useWeekData';
import type { GridBlock } from './grid-types';
import { WeekGrid } from './WeekGrid';
import { WeekToolbar } from './WeekToolbar';

type Props = PlannerData & {
  timeOff: TimeOff[];
  startupSessions: SessionsResult | undefined;
  focusAt: number | null;
  onFocus: (at: number) => void;
  onNavigate: (where: 'prev' | 'next' | 'today') => void;
  onDialog: (dialog: DialogState) => void;
};

type Selected =
  | { kind: 'session'; id: string }
  | { kind: 'proposal'; id: string }
  | { kind: 'occurrence'; id: string }
  | null;

/** The week view with toolbar and side panel. */
export function WeekView(props: Props) {
  const { settings, clients, commitments, platforms, weekStart, now } = props;
  const zone = settings.homeZone;
  const [hiddenBands, setHiddenBands] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<Selected>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const data = {
    settings,
    clients,
    commitments,
    platforms,
    weekStart,
    now,
    hiddenBands,
    dismissed,
    timeOff: props.timeOff,
    startupSessions: props.startupSessions,
  };
  const { model, panelModel, sessions } = useWeekData(data);
  const workRecords = useWorkRecords();
  // The one way a proposal is dismissed or brought back, by hand or by undo and redo.
  const setDismissedIds = useCallback(
    (ids: readonly string[], on: boolean) =>
      setDismissed((current) => {
        const next = new Set(current);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    [],
  );
  const history = useWeekUndo(setDismissedIds);
  const actions = useWeekActions(
    model?.proposals ?? [],
    sessions ?? [],
    commitments,
    now,
    history.record,
  );
  // Stable handlers: the grid and the panel are memoised and re-render only for new data.
  const acceptIds = useStableHandler((ids: string[]) => void actions.accept(ids));
  const acceptOne = useStableHandler((id: string) => void actions.accept([id]));
  const move = useStableHandler((block: GridBlock, start: number, end: number) =>
    actions.move(block, start, end),
  );
  const open = useStableHandler((block: GridBlock) => {
    if (block.kind === 'commitment') {
      // Work that has started opens its done / missed dialog; work to come, its commitment.
      if (block.start <= now) setSelected({ kind: 'occurrence', id: block.id });
      else editCommitment(block.id);
    } else setSelected({ kind: block.kind, id: block.id });
  });
  function editCommitment(occurrenceId: string) {
    const commitment = commitments.find((c) => occurrenceId.startsWith(`${c.id}@`));
    if (commitment) props.onDialog({ kind: 'commitment', commitment });
  }
  const dismissIds = useStableHandler((ids: readonly string[]) => {
    const fresh = ids.filter((id) => !dismissed.has(id));
    if (fresh.length === 0) return;
    setDismissedIds(fresh, true);
    history.record({
      label: fresh.length === 1 ? 'Dismissed 1 proposal' : `Dismissed ${fresh.length} proposals`,
      undo: [{ kind: 'dismiss', ids: fresh, dismissed: false }],
      redo: [{ kind: 'dismiss', ids: fresh, dismissed: true }],
    });
  });
  const dismiss = useStableHandler((id: string) => dismissIds([id]));
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
  const selectedOccurrence =
    selected?.kind === 'occurrence'
      ? model.plan.occurrences.find((o) => o.id === selected.id)
      : undefined;
  const selectedPlatform = platforms.find(
    (p) => p.id === (selectedSession?.platformId ?? selectedProposal?.platformId),
  );

  return (
    <div className="app">
      <WeekToolbar
        first={first}
        last={last}
        zone={zone}
        weekStartAt={model.plan.range.start}
        hasClients={clients.length > 0}
        onNavigate={props.onNavigate}
        onDialog={props.onDialog}
      />
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
          {history.error ? (
            <div className="notice critical" role="alert">
              {history.error}
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
            busy={sessions === undefined}
            days={model.days}
            blocks={model.blocks}
            bands={model.bands}
            bandLanes={model.bandClients.length}
            busyBlocks={model.busy}
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
          commitments={commitments}
          platforms={platforms}
          today={dayOf(now, zone)}
          hiddenBands={hiddenBands}
          onAcceptAll={acceptIds}
          onDismissAll={dismissIds}
          onFocus={props.onFocus}
          onToggleBand={toggleBand}
        />
      </div>
      {history.toast ? (
        <div className="undo-toast" role="status" data-testid="undo-toast">
          <span>{history.toast}</span>
          {history.canUndo ? (
            <button type="button" className="button small" onClick={history.undo}>
              Undo
            </button>
          ) : null}
          {history.canRedo ? (
            <button type="button" className="button small" onClick={history.redo}>
              Redo
            </button>
          ) : null}
          <button
            type="button"
            className="mini-button"
            aria-label="Close"
            onClick={history.closeToast}
          >
            ×
          </button>
        </div>
      ) : null}
      {selectedOccurrence ? (
        <OccurrenceDialog
          occurrence={selectedOccurrence}
          client={clients.find((c) => c.id === selectedOccurrence.clientId)}
          record={workRecords?.find((r) => r.id === selectedOccurrence.id)}
          settings={settings}
          now={now}
          onEditCommitment={() => {
            setSelected(null);
            editCommitment(selectedOccurrence.id);
          }}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {selectedItem ? (
        <SessionDialog
          item={selectedItem}
          platform={selectedPlatform}
          settings={settings}
          now={now}
          onAccept={(id) => void actions.accept([id])}
          onDismiss={dismiss}
          onClose={() => setSelected(null)}
          onChange={history.record}
        />
      ) : null}
    </div>
  );
}
