/**
 * Buttons every editor and list repeats: Cancel + Save in a dialog footer, Edit + Delete on a
 * list row, and the question a list row asks before it deletes.
 */
import type { ReactNode } from 'react';
import { errorText } from '../format';

type SaveCancelProps = {
  saveLabel: string;
  onSave: () => void;
  /** Null leaves the button out (the dialog's × still closes it). */
  onCancel: (() => void) | null;
  cancelLabel?: string;
  saving?: boolean;
  /** Shown before the buttons (an error count, a delete button and a spacer). */
  children?: ReactNode;
};

/** The footer of an editor dialog. */
export function SaveCancel(props: SaveCancelProps) {
  const { saveLabel, onSave, onCancel, saving, children } = props;
  return (
    <>
      {children}
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {props.cancelLabel ?? 'Cancel'}
        </button>
      ) : null}
      <button type="button" className="button primary" disabled={saving} onClick={onSave}>
        {saveLabel}
      </button>
    </>
  );
}

type EditDeleteProps = { name: string; onEdit: () => void; onDelete: () => void };

/** Edit and Delete buttons for one entry of a list, named after the entry. */
export function EditDelete({ name, onEdit, onDelete }: EditDeleteProps) {
  return (
    <>
      <button type="button" className="button small" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </button>
      <button
        type="button"
        className="button small ghost-danger"
        onClick={onDelete}
        aria-label={`Delete ${name}`}
      >
        Delete
      </button>
    </>
  );
}

type ConfirmDeleteProps = {
  name: string;
  /** The question: what goes with the entry, and what to do instead. */
  children: ReactNode;
  onDelete: () => Promise<unknown>;
  /** After the delete, or when the user keeps the entry. */
  onDone: () => void;
  /** A delete that failed, said in words. */
  onFailed: (message: string) => void;
  /** What the question offers instead of deleting (Archive), when there is something. */
  instead?: { label: string; run: () => Promise<unknown> };
};

/** The question a list row asks before deleting an entry: Delete <name> or Keep. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { name, children, onDelete, onDone, onFailed, instead } = props;
  return (
    <div className="notice warn" role="alert">
      {children}
      <div className="row-actions">
        <button
          type="button"
          className="button danger"
          onClick={() =>
            void onDelete().then(onDone, (error: unknown) =>
              onFailed(`${name} could not be deleted: ${errorText(error)}`),
            )
          }
        >
          Delete {name}
        </button>
        {instead ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              void instead.run().then(onDone, (error: unknown) => onFailed(errorText(error)))
            }
          >
            {instead.label}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onDone}>
          Keep
        </button>
      </div>
    </div>
  );
}
