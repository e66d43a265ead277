/**
 * The conflicts screen: an event both the app and the server changed since the last sync, both
 * versions side by side in words (title, day, times in the worker's zone), and the choice.
 */
import { Buttons } from '../../components/Buttons';
import type { ConflictChoice, SyncConflict } from '../../../../core/bridge/sync-contract';
import type { IanaZone } from '../../../../core/types';
import { versionText, type VersionText } from './sync-text';

const KEEP: readonly { keep: ConflictChoice['keep']; text: string }[] = [
  { keep: 'app', text: "Keep the app's" },
  { keep: 'server', text: "Keep the server's" },
];

type Props = {
  conflicts: readonly SyncConflict[];
  busy: boolean;
  zone: IanaZone;
  clock: '12h' | '24h';
  onResolve: (choice: ConflictChoice) => void;
};

/** Every open conflict with its two versions and the two ways out. */
export function ConflictsPanel({ conflicts, busy, zone, clock, onResolve }: Props) {
  if (conflicts.length === 0) {
    return <p className="muted">No conflicts: every change went through.</p>;
  }
  return (
    <div className="stack">
      <p className="muted">
        These events were changed both here and on another device since the last sync. Pick the
        version to keep; the other is replaced.
      </p>
      <ul className="sync-conflicts">
        {conflicts.map((c) => (
          <li key={c.uid} aria-label={`Conflict: ${c.summary}`}>
            <h3>{c.summary}</h3>
            <div className="sync-versions">
              <Version heading="In the app" text={versionText(c.app, zone, clock)} />
              <Version heading="On the server" text={versionText(c.server, zone, clock)} />
            </div>
            <div className="row-actions">
              <Buttons
                actions={KEEP.map(({ keep, text }) => ({
                  text,
                  className: 'button',
                  disabled: busy,
                  run: () => onResolve({ uid: c.uid, keep }),
                }))}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Version({ heading, text }: { heading: string; text: VersionText }) {
  return (
    <section className="sync-version" aria-label={heading}>
      <h4>{heading}</h4>
      {'deleted' in text ? (
        <p>Deleted</p>
      ) : 'unreadable' in text ? (
        <p className="muted">Cannot be shown: {text.unreadable}</p>
      ) : (
        <>
          <p className="sync-version-title">{text.title}</p>
          <p>{text.when}</p>
        </>
      )}
    </section>
  );
}
