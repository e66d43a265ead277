/**
 * The home screen: the toolbar, the week grid with its notices, the side panel and the session
 * dialog. The data comes from useWeekData; this module holds what the user does with it.
 */
import { useCallback, useState } from 'react';
import { dayOf } from '../../../../core/time';
import type { DialogState } from '../../Dialogs';
import { useStableHandler } from '../../hooks/useStableHandler';
import { OccurrenceDialog } from '../commitments/OccurrenceDialog';
import { CreateDialog } from './CreateDialog';
import type { CreateSpan } from './create-form';
import { OutcomeDialog } from './OutcomeDialog';
import { SessionDialog } from './SessionDialog';
import { SidePanel } from './SidePanel';
import { TimeChanges } from './TimeChanges';
import { useDismissActions } from './useDismissActions';
import { useWeekActions } from './useWeekActions';
import { useWeekUndo } from './useWeekUndo';
import type { SessionsResult } from '../../hooks/week-range';
import type { PlannerData } from '../../planner-data';
import { useWeekData } from './useWeekData';
import type { GridBusy } from './busy-blocks';
import type { GridBlock } from './grid-types';
import { WeekGrid } from './WeekGrid';
import { WeekToolbar } from './WeekToolbar';

type Props = PlannerData & {
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
  const { settings, clients, commitments, platforms, timeOff, weekStart, now } = props;
  const zone = settings.homeZone;
  const [hiddenBands, setHiddenBands] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<Selected>(null);
  const [creating, setCreating] = useState<CreateSpan | null>(null);
  // An occurrence of a repeating commitment opened: which one (commitment id, rule day).
  const [occurrence, setOccurrence] = useState<{ id: string; date: string } | null>(null);
  const data = {
    settings,
    clients,
    commitments,
    platforms,
    weekStart,
    now,
    hiddenBands,
    timeOff,
    startupSessions: props.startupSessions,
  };
  // One read of the work records, for the plan and for the done / missed dialog alike.
  const { model, panelModel, sessions, workRecords } = useWeekData(data);
  const history = useWeekUndo();
  const dismissals = useDismissActions(
    model?.proposals ?? [],
    model?.dismissedProposals ?? [],
    model?.plan.range.end ?? 0,
    now,
    history.record,
  );
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
  const create = useStableHandler((start: number, end: number) => setCreating({ start, end }));
  // An invitation from another calendar goes through the import, as a file would.
  const makeCommitment = useStableHandler(({ title, calendar, uid, ics }: GridBusy) => {
    if (ics !== null) {
      props.onDialog({
        kind: 'calendar',
        tab: 'import',
        invitation: { title, calendar, uid, ics },
      });
    }
  });
  const open = useStableHandler((block: GridBlock) => {
    if (block.kind === 'commitment') {
      // Work that has started opens its done / missed dialog; work to come, its commitment.
      if (block.start <= now) setSelected({ kind: 'occurrence', id: block.id });
      else editCommitment(block.source, block.id);
    } else setSelected({ kind: block.kind, id: block.id });
  });
  /** An occurrence of a series asks which occurrences to change; a one-off is its own editor. */
  function editCommitment(commitmentId: string, occurrenceId: string) {
    const commitment = commitments.find((c) => c.id === commitmentId);
    if (!commitment) return;
    if (commitment.recurrence.kind === 'once') props.onDialog({ kind: 'commitment', commitment });
    else setOccurrence({ id: commitment.id, date: occurrenceId.slice(commitment.id.length + 1) });
  }
  const dismissIds = useStableHandler((ids: readonly string[]) => void dismissals.dismiss(ids));
  const restoreIds = useStableHandler((ids: readonly string[]) => void dismissals.restore(ids));
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
  const occurrenceOf = occurrence ? commitments.find((c) => c.id === occurrence.id) : undefined;
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
          <TimeChanges shifts={model.plan.dstShifts} moves={model.notices} />
          {history.error ? (
            <div className="notice critical" role="alert">
              {history.error}
            </div>
          ) : null}
          <ErrorNotice message={dismissals.error} onClose={dismissals.clearError} />
          <ErrorNotice message={actions.error} onClose={actions.clearError} />
          <WeekGrid
            busy={sessions === undefined}
            days={model.days}
            blocks={model.blocks}
            bands={model.bands}
            busyBlocks={model.busy}
            zone={zone}
            clock={settings.clock}
            now={now}
            focusAt={props.focusAt}
            onOpen={open}
            onAccept={acceptOne}
            onDismiss={dismiss}
            onMove={move}
            onCreate={create}
            onMakeCommitment={makeCommitment}
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
          onRestore={restoreIds}
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
        <OutcomeDialog
          occurrence={selectedOccurrence}
          client={clients.find((c) => c.id === selectedOccurrence.clientId)}
          record={workRecords?.find((r) => r.id === selectedOccurrence.id)}
          settings={settings}
          now={now}
          onEditCommitment={() => {
            setSelected(null);
            editCommitment(selectedOccurrence.commitmentId, selectedOccurrence.id);
          }}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {occurrenceOf ? (
        <OccurrenceDialog
          // Another occurrence opened is a fresh form.
          key={`${occurrenceOf.id}@${occurrence?.date ?? ''}`}
          commitment={occurrenceOf}
          date={occurrence?.date ?? ''}
          homeZone={zone}
          clock={settings.clock}
          now={now}
          onChange={history.record}
          onEditSeries={() => {
            setOccurrence(null);
            props.onDialog({ kind: 'commitment', commitment: occurrenceOf });
          }}
          onClose={() => setOccurrence(null)}
        />
      ) : null}
      {creating ? (
        <CreateDialog
          {...props}
          span={creating}
          onChange={history.record}
          onClose={() => setCreating(null)}
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

/** A write that failed, said in words, until the user closes it. */
function ErrorNotice({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (!message) return null;
  return (
    <div className="notice critical" role="alert">
      {message}{' '}
      <button type="button" className="button small" onClick={onClose}>
        OK
      </button>
    </div>
  );
}
