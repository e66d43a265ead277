/**
 * Details of a microtask session or proposal: why it was placed, accept or dismiss a proposal;
 * lock, mark done with actual earnings, or remove an accepted session.
 */
import { useState } from 'react';
import type { Proposal } from '../../../../core/plan-types';
import type { MicrotaskSession, Platform, Settings } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { db } from '../../db/instance';
import { deleteSession, saveSessions } from '../../db/repo';
import { errorText, formatDuration, formatLongDay, formatMoney, formatTime } from '../../format';
import { dayOf } from '../../../../core/time';

type Props = {
  item: { kind: 'session'; session: MicrotaskSession } | { kind: 'proposal'; proposal: Proposal };
  platform: Platform | undefined;
  settings: Settings;
  now: number;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  onClose: () => void;
};

/** The session / proposal dialog. */
export function SessionDialog({
  item,
  platform,
  settings,
  now,
  onAccept,
  onDismiss,
  onClose,
}: Props) {
  const span = item.kind === 'session' ? item.session : item.proposal;
  const name = platform?.name ?? 'Microtasks';
  const zone = settings.homeZone;
  const when = `${formatLongDay(dayOf(span.start, zone))}, ${formatTime(span.start, zone, settings.clock)}–${formatTime(span.end, zone, settings.clock)} (${formatDuration((span.end - span.start) / 60_000)})`;
  const session = item.kind === 'session' ? item.session : null;
  const [earnings, setEarnings] = useState(
    session?.actualEarnings === null || !session ? '' : String(session.actualEarnings),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmRemove, setConfirmRemove] = useState(false);

  async function update(patch: Partial<MicrotaskSession>) {
    if (!session) return;
    const { id, createdAt: _c, updatedAt: _u, ...rest } = { ...session, ...patch };
    const result = await saveSessions(db, [{ id, draft: rest }], now);
    if (!result.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(result.errors).map(([k, v]) => [k.replace(/^0\./, ''), v]),
        ),
      );
      return false;
    }
    return true;
  }

  return (
    <Dialog
      title={item.kind === 'proposal' ? `Proposed ${name} session` : `${name} session`}
      onClose={onClose}
      testId="session-dialog"
      footer={
        item.kind === 'proposal' ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                onDismiss(item.proposal.id);
                onClose();
              }}
            >
              Dismiss
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => {
                onAccept(item.proposal.id);
                onClose();
              }}
            >
              Accept session
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className={confirmRemove ? 'button danger' : 'button ghost-danger'}
              onClick={() => {
                // A locked or finished session was deliberate: removing it takes a second click.
                if ((item.session.locked || item.session.status === 'done') && !confirmRemove) {
                  setConfirmRemove(true);
                  return;
                }
                void deleteSession(db, item.session.id).then(onClose, (error: unknown) =>
                  setErrors({ '': errorText(error) }),
                );
              }}
            >
              {confirmRemove ? 'Remove it anyway' : 'Remove session'}
            </button>
            <span className="spacer" />
            <button
              type="button"
              className="button"
              onClick={() =>
                void update({ locked: !item.session.locked }).then((ok) => ok && onClose())
              }
            >
              {item.session.locked ? 'Unlock' : 'Lock in place'}
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() =>
                void update({
                  status: 'done',
                  actualEarnings: earnings.trim() === '' ? null : Number(earnings),
                }).then((ok) => ok && onClose())
              }
            >
              {item.session.status === 'done' ? 'Save earnings' : 'Mark done'}
            </button>
          </>
        )
      }
    >
      <p>
        <strong>{when}</strong>
      </p>
      {item.kind === 'proposal' ? (
        <>
          <p className="muted">Why here: {item.proposal.reason}</p>
          <p>Expected: {formatMoney(item.proposal.expectedEarnings, item.proposal.currency)}</p>
        </>
      ) : (
        <>
          <p className="muted">
            {item.session.locked
              ? 'Locked: re-planning never moves it.'
              : 'Drag it in the week to move it, or drag its bottom edge to resize.'}
          </p>
          {confirmRemove ? (
            <div className="notice warn" role="alert">
              This session is {item.session.status === 'done' ? 'marked done' : 'locked'}. Remove it
              anyway?
            </div>
          ) : null}
          {errors[''] ? (
            <div className="notice critical" role="alert">
              {errors['']}
            </div>
          ) : null}
          <Field
            label={`Actual earnings (${platform?.currency ?? settings.currency})`}
            error={errors.actualEarnings}
          >
            <input
              type="number"
              min="0"
              step="0.01"
              value={earnings}
              onChange={(e) => setEarnings(e.target.value)}
            />
          </Field>
        </>
      )}
    </Dialog>
  );
}
