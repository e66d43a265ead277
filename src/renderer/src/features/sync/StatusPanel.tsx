/**
 * The status screen: the account, where the plan goes, what the last sync did, what waits,
 * progress on a long sync, the last problem in plain words and the next retry, each busy
 * calendar that could not be read; "Sync now" and "Disconnect".
 */
import { useState } from 'react';
import type { SyncStatus } from '../../../../core/bridge/sync-contract';
import type { IanaZone } from '../../../../core/types';
import { busyProblemsIntro, reportText, retryText, stateLabel, whenText } from './sync-text';

type Props = {
  status: SyncStatus;
  busy: boolean;
  zone: IanaZone;
  clock: '12h' | '24h';
  now: number;
  onSyncNow: () => void;
  onDisconnect: () => void;
};

/** Where sync stands, and the two actions on it. */
export function StatusPanel({ status, busy, zone, clock, now, ...props }: Props) {
  const [confirming, setConfirming] = useState(false);
  const publishName =
    status.config.publishTo === null
      ? 'Not published'
      : (status.calendars.find((c) => c.url === status.config.publishTo)?.displayName ??
        status.config.publishTo);
  const readCount = status.config.busyCalendars.length + status.config.subscriptions.length;
  const retry = retryText(status.nextRetryAt, now, zone, clock);
  return (
    <div className="stack">
      <dl className="sync-facts">
        <dt>Account</dt>
        <dd>
          {status.account?.username} on {status.account?.serverUrl}
        </dd>
        <dt>State</dt>
        <dd data-testid="sync-state" className={`sync-state sync-state-${status.state}`}>
          {stateLabel(status)}
        </dd>
        <dt>Published to</dt>
        <dd>{publishName}</dd>
        <dt>Read as busy</dt>
        <dd>
          {readCount === 0
            ? 'No calendars'
            : readCount === 1
              ? '1 calendar'
              : `${readCount} calendars`}
        </dd>
        <dt>Last sync</dt>
        <dd data-testid="sync-report">
          {status.lastSync ? (
            <>
              {whenText(status.lastSync.at, zone, clock)}. {reportText(status.lastSync)}
            </>
          ) : (
            'Not yet'
          )}
        </dd>
        <dt>Waiting to send</dt>
        <dd>
          {status.pending === 0
            ? 'Nothing'
            : status.pending === 1
              ? '1 change'
              : `${status.pending} changes`}
        </dd>
      </dl>
      {status.busyProblems.length > 0 ? (
        <div className="notice warn" role="status" data-testid="sync-busy-problems">
          {busyProblemsIntro(status.busyProblems.length)}
          <ul>
            {status.busyProblems.map((p) => (
              <li key={p.source}>
                <strong>{p.name}</strong>: {p.error}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {status.progress ? (
        <div className="sync-progress">
          <label htmlFor="sync-progress">
            Sending your plan: {status.progress.done} of {status.progress.total} events
          </label>
          <progress id="sync-progress" max={status.progress.total} value={status.progress.done} />
        </div>
      ) : null}
      {status.error ? (
        <div className="notice critical" role="alert" data-testid="sync-error">
          {status.error}
          {retry ? <div>{retry}</div> : null}
        </div>
      ) : null}
      <div className="row-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy || status.state === 'syncing'}
          onClick={props.onSyncNow}
        >
          Sync now
        </button>
        <span className="spacer" />
        {confirming ? (
          <>
            <span className="muted small sync-confirm">
              The password is forgotten; your plan stays in the app.
            </span>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
            <button type="button" className="button danger" onClick={props.onDisconnect}>
              Yes, disconnect
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Disconnect…
          </button>
        )}
      </div>
    </div>
  );
}
