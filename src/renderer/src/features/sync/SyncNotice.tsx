/** What calendar sync just changed in the plan (or could not), said above the week. */
import type { IncomingNotice } from '../../hooks/useSyncIncoming';
import './sync-notice.css';

type Props = { notice: IncomingNotice | null; onDismiss: () => void };

/** The notice, or nothing. */
export function SyncNotice({ notice, onDismiss }: Props) {
  if (!notice) return null;
  return (
    <div
      className={notice.kind === 'error' ? 'notice critical sync-notice' : 'notice sync-notice'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="sync-notice"
    >
      <ul>
        {notice.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
