/**
 * Details of a microtask session or proposal: why it was placed, accept or dismiss a proposal;
 * lock, mark done with the minutes worked and actual earnings, or remove an accepted session.
 */
import { useState, type ReactNode } from 'react';
import type { MicrotaskSession, Platform, Proposal, Settings } from '../../../../core/types';
import type { Validation } from '../../../../core/validate/fields';
import { EditorShell } from '../../components/EditorShell';
import { NumberField } from '../../components/Field';
import { MinutesWorkedField } from './MinutesWorkedField';
import { useEditor } from '../../components/useEditor';
import { db } from '../../db/instance';
import { deleteSession, saveSessions, setSessionLocked } from '../../db/repo';
import { errorText, formatDuration, formatLongDay, formatMoney, formatTime } from '../../format';
import { dayOf } from '../../../../core/time';
import type { Change } from './undo-history';
import type { WeekOp } from './week-undo';
import { readSessionDoneForm, sessionDoneFormOf } from './outcome-form';

type Props = {
  item: { kind: 'session'; session: MicrotaskSession } | { kind: 'proposal'; proposal: Proposal };
  platform: Platform | undefined;
  settings: Settings;
  now: number;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  onClose: () => void;
  /** Told of a lock, unlock or removal once it is saved, so it can be undone. */
  onChange: (change: Change<WeekOp>) => void;
};

/** The session / proposal dialog. */
export function SessionDialog(props: Props) {
  const { item, platform, settings } = props;
  const span = item.kind === 'session' ? item.session : item.proposal;
  const name = platform?.name ?? 'Microtasks';
  const zone = settings.homeZone;
  const when = `${formatLongDay(dayOf(span.start, zone))}, ${formatTime(span.start, zone, settings.clock)}–${formatTime(span.end, zone, settings.clock)} (${formatDuration((span.end - span.start) / 60_000)})`;
  const heading = (
    <p>
      <strong>{when}</strong>
    </p>
  );
  if (item.kind === 'session') {
    return <SessionEditor {...props} session={item.session} name={name} heading={heading} />;
  }
  return <ProposalView {...props} proposal={item.proposal} name={name} heading={heading} />;
}

type ProposalProps = Props & { proposal: Proposal; name: string; heading: ReactNode };

function ProposalView({ proposal, name, heading, onAccept, onDismiss, onClose }: ProposalProps) {
  const editor = useEditor({ onClose, fieldPaths: [] });
  // Accept or dismiss, then close: the proposal is gone from the week either way.
  const then = (act: (id: string) => void) => () => {
    act(proposal.id);
    onClose();
  };
  return (
    <EditorShell
      title={`Proposed ${name} session`}
      testId="session-dialog"
      editor={editor}
      saveLabel="Accept session"
      onSave={then(onAccept)}
      cancel={{ label: 'Dismiss', onClick: then(onDismiss) }}
      wide={false}
    >
      {heading}
      <p className="muted">Why here: {proposal.reason}</p>
      <p>Expected: {formatMoney(proposal.expectedEarnings, proposal.currency)}</p>
    </EditorShell>
  );
}

type EditorProps = Props & { session: MicrotaskSession; name: string; heading: ReactNode };

function SessionEditor(props: EditorProps) {
  const { session, name, heading, platform, settings, now, onClose, onChange } = props;
  const [done, setDone] = useState(() => sessionDoneFormOf(session));
  const [confirmRemove, setConfirmRemove] = useState(false);
  const editor = useEditor({ onClose, fieldPaths: ['actualEarnings', 'actualMin'] });

  // A save for `run`: the session with `patch` applied.
  // The lock switch writes only its field (another window may have moved the session).
  const toggleLock = async (): Promise<Validation<unknown>> => {
    const result = await setSessionLocked(db, session.id, !session.locked, now);
    if (!result.ok) return result;
    onChange({
      label: `${result.value.locked ? 'Locked' : 'Unlocked'} ${name}`,
      undo: [{ kind: 'put-sessions', sessions: [session] }],
      redo: [{ kind: 'put-sessions', sessions: [result.value] }],
    });
    return result;
  };
  const update = (patch: Partial<MicrotaskSession>) => async (): Promise<Validation<unknown>> => {
    const { id, createdAt: _c, updatedAt: _u, ...rest } = { ...session, ...patch };
    const result = await saveSessions(db, [{ id, draft: rest, loadedAt: session.updatedAt }], now);
    if (result.ok) return result;
    // One session was written: its errors are under '0.', which this dialog does not show.
    const unprefixed = Object.entries(result.errors).map(([k, v]) => [k.replace(/^0\./, ''), v]);
    return { ...result, errors: Object.fromEntries(unprefixed) };
  };

  function remove() {
    // A locked or finished session was deliberate: removing it takes a second click.
    if ((session.locked || session.status === 'done') && !confirmRemove) {
      setConfirmRemove(true);
      return;
    }
    void deleteSession(db, session.id).then(
      () => {
        onChange({
          label: `Removed ${name}`,
          undo: [{ kind: 'put-sessions', sessions: [session] }],
          redo: [{ kind: 'delete-sessions', ids: [session.id] }],
        });
        onClose();
      },
      (error: unknown) => editor.showErrors({ '': errorText(error) }),
    );
  }

  return (
    <EditorShell
      title={`${name} session`}
      testId="session-dialog"
      editor={editor}
      saveLabel={session.status === 'done' ? 'Save actuals' : 'Mark done'}
      onSave={() =>
        editor.save(readSessionDoneForm(done, { start: session.start, now }), (value) =>
          update({ status: 'done', ...value })(),
        )
      }
      cancel={null}
      wide={false}
      actions={
        <button
          type="button"
          className={confirmRemove ? 'button danger' : 'button ghost-danger'}
          onClick={remove}
        >
          {confirmRemove ? 'Remove it anyway' : 'Remove session'}
        </button>
      }
      secondary={
        <button type="button" className="button" onClick={() => editor.run(toggleLock)}>
          {session.locked ? 'Unlock' : 'Lock in place'}
        </button>
      }
    >
      {heading}
      <p className="muted">
        {session.locked
          ? 'Locked: re-planning never moves it.'
          : 'Drag it in the week to move it, or drag its top or bottom edge to resize.'}
      </p>
      {confirmRemove ? (
        <div className="notice warn" role="alert">
          This session is {session.status === 'done' ? 'marked done' : 'locked'}. Remove it anyway?
        </div>
      ) : null}
      <MinutesWorkedField
        hint="Blank: as planned."
        error={editor.errors.actualMin}
        value={done.minutes}
        onChange={(minutes) => setDone((d) => ({ ...d, minutes }))}
      />
      <NumberField
        label={`Actual earnings (${platform?.currency ?? settings.currency})`}
        error={editor.errors.actualEarnings}
        min="0"
        step="0.01"
        value={done.earnings}
        onChange={(earnings) => setDone((d) => ({ ...d, earnings }))}
      />
    </EditorShell>
  );
}
