/**
 * How much space the planner's data uses and whether the browser may clear it when space runs
 * low, with a button to ask for persistent storage.
 */
import { formatBytes, type StorageStatus } from '../../db/storage';
import './data.css';

type Props = { status: StorageStatus | null; busy: boolean; onPersist: () => void };

/** The storage part of the Data dialog. */
export function StorageSection({ status, busy, onPersist }: Props) {
  return (
    <section aria-labelledby="storage-title" className="data-section">
      <h3 id="storage-title">Storage</h3>
      {status === null ? (
        <p className="muted">Checking…</p>
      ) : (
        <>
          <p data-testid="storage-use">
            {status.usage === null
              ? 'This browser does not say how much space the planner uses.'
              : status.quota === null
                ? `Using ${formatBytes(status.usage)}.`
                : `Using ${formatBytes(status.usage)} of ${formatBytes(status.quota)} available.`}
          </p>
          <p data-testid="storage-persistence">
            {status.persisted === true
              ? 'Persistent: your data is kept even when the computer runs low on space.'
              : status.persisted === false
                ? 'Not persistent: the browser may clear your data if space runs low. Keep backups.'
                : 'This browser does not say whether your data is kept when space runs low.'}
          </p>
          {status.persisted === false ? (
            <button type="button" className="button" disabled={busy} onClick={onPersist}>
              Keep my data persistent
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
