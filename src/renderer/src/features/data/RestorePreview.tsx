/**
 * What a checked backup contains and what restoring it would change, table by table, for both
 * ways of restoring, with the buttons that choose one.
 */
import {
  TABLE_KEYS,
  type Backup,
  type RestoreMode,
  type RestorePlan,
  type TableChanges,
  type TableKey,
} from '../../../../core/backup';
import { dayOf } from '../../../../core/time';
import { formatLongDay, formatTime } from '../../format';

/** A checked backup with its plans against the data here now. */
export type Preview = {
  fileName: string;
  backup: Backup;
  plans: Record<RestoreMode, RestorePlan>;
};

const TABLE_LABELS: Record<TableKey, string> = {
  settings: 'Settings',
  clients: 'Clients',
  commitments: 'Commitments',
  platforms: 'Platforms',
  sessions: 'Microtask sessions',
  timeOff: 'Time off',
  workRecords: 'Work records',
};

// Replace can remove data, so it is the red one.
const APPLY_CHOICES: readonly { mode: RestoreMode; label: string; className: string }[] = [
  { mode: 'replace', label: 'Replace with this backup', className: 'button danger' },
  { mode: 'merge', label: 'Merge into my data', className: 'button primary' },
];

/** "2 new, 1 changed, 3 removed", or "no change". */
function describeChanges(changes: TableChanges): string {
  const parts = [
    changes.added > 0 ? `${changes.added} new` : null,
    changes.updated > 0 ? `${changes.updated} changed` : null,
    changes.removed > 0 ? `${changes.removed} removed` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

/** One line for a whole plan: "Clients: 2 new; Commitments: 1 changed". */
export function summarisePlan(plan: RestorePlan): string {
  const parts = TABLE_KEYS.map((key) => {
    const text = describeChanges(plan.changes[key]);
    return text === 'no change' ? null : `${TABLE_LABELS[key]}: ${text}`;
  }).filter((part) => part !== null);
  return parts.length > 0 ? parts.join('; ') : 'nothing needed to change';
}

type Props = {
  preview: Preview;
  zone: string;
  clock: '12h' | '24h';
  busy: boolean;
  onApply: (mode: RestoreMode) => void;
  onCancel: () => void;
};

/** The restore preview: contents, changes per mode, and Replace / Merge / Cancel. */
export function RestorePreview({ preview, zone, clock, busy, onApply, onCancel }: Props) {
  const { backup, plans } = preview;
  const exportedAt = Date.parse(backup.exportedAt);
  const removes = TABLE_KEYS.some((key) => plans.replace.changes[key].removed > 0);
  return (
    <section aria-label="Backup contents" className="notice restore-contents">
      <p>
        <strong>{preview.fileName}</strong>: made on {formatLongDay(dayOf(exportedAt, zone))} at{' '}
        {formatTime(exportedAt, zone, clock)} with Hybrid Planner {backup.appVersion}.
      </p>
      <table
        aria-label="What the backup contains and what restoring it changes"
        className="restore-table"
      >
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">In the file</th>
            <th scope="col">Replace</th>
            <th scope="col">Merge</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{TABLE_LABELS[key]}</th>
              <td>{plans.replace.contains[key]}</td>
              <td>{describeChanges(plans.replace.changes[key])}</td>
              <td>{describeChanges(plans.merge.changes[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        Replace makes your data exactly what the file holds
        {removes ? ', removing what is not in it' : ''}. Merge adds what is new and, for records in
        both, keeps whichever was changed last. Either way it happens all at once or not at all.
        Before Replace, a safety copy of your data here is saved.
      </p>
      {plans.merge.clamped > 0 ? (
        <p className="small" data-testid="restore-clamped">
          {plans.merge.clamped === 1 ? 'One record is' : `${plans.merge.clamped} records are`}{' '}
          stamped as changed later than tomorrow (a wrong clock or an edited file). Its change time
          is set to when the file was made, so it cannot win every later merge against real edits.
        </p>
      ) : null}
      <div className="first-run-actions">
        {APPLY_CHOICES.map(({ mode, label, className }) => (
          <button
            key={mode}
            type="button"
            className={className}
            disabled={busy}
            onClick={() => onApply(mode)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
