/**
 * The one shape of the list dialogs (clients, platforms): a colour dot, the name with a tag,
 * detail lines, Edit and Delete on each row, the question a row asks before it deletes, and an
 * add button in the footer.
 */
import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ConfirmDelete, EditDelete } from './EditorButtons';

export type ListEntry = {
  id: string;
  name: string;
  color: string;
  /** Dimmed (an archived client). */
  archived?: boolean;
  /** A word after the name: "archived", "off". */
  tag?: string | null;
  /** The muted lines under the name. */
  details: ReactNode;
  /** What goes with the entry, and what to do instead. */
  deleteQuestion: ReactNode;
  onDelete: () => Promise<unknown>;
  /** What the delete question offers instead (Archive), if anything. */
  instead?: { label: string; run: () => Promise<unknown> };
  onEdit: () => void;
  /** Before Edit and Delete (an on/off switch). */
  actions?: ReactNode;
};

type Props = {
  title: string;
  testId: string;
  addLabel: string;
  onAdd: () => void;
  onClose: () => void;
  /** Shown when there are no entries. */
  empty: ReactNode;
  entries: readonly ListEntry[];
  /** A write that failed, said above the list; `onProblem` also hears failed deletes. */
  problem: string | null;
  onProblem: (message: string) => void;
  listLabel?: string;
  actionsClassName?: string;
};

/** A list dialog with add, edit and delete-after-asking. */
export function EntityListDialog(props: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      testId={props.testId}
      footer={
        <button type="button" className="button primary" onClick={props.onAdd}>
          {props.addLabel}
        </button>
      }
    >
      {props.entries.length === 0 ? props.empty : null}
      {props.problem ? (
        <p className="notice critical" role="alert">
          {props.problem}
        </p>
      ) : null}
      <ul className="entity-list" aria-label={props.listLabel}>
        {props.entries.map((entry) => (
          <li key={entry.id} className={entry.archived ? 'archived' : undefined}>
            <span className="dot" style={{ background: entry.color }} aria-hidden />
            <div className="entity-main">
              <strong>{entry.name}</strong>
              {entry.tag ? <span className="tag">{entry.tag}</span> : null}
              {entry.details}
              {confirming === entry.id ? (
                <ConfirmDelete
                  name={entry.name}
                  onDelete={entry.onDelete}
                  onDone={() => setConfirming(null)}
                  onFailed={props.onProblem}
                  {...(entry.instead ? { instead: entry.instead } : {})}
                >
                  {entry.deleteQuestion}
                </ConfirmDelete>
              ) : null}
            </div>
            <div className={props.actionsClassName ?? 'row-actions'}>
              {entry.actions}
              <EditDelete
                name={entry.name}
                onEdit={entry.onEdit}
                onDelete={() => setConfirming(entry.id)}
              />
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
