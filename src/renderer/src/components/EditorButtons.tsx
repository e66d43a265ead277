/**
 * Buttons every editor and list repeats: Cancel + Save in a dialog footer, and Edit + Delete on a
 * list row.
 */
import type { ReactNode } from 'react';

type SaveCancelProps = {
  saveLabel: string;
  onSave: () => void;
  onCancel: () => void;
  saving?: boolean;
  /** Shown before the buttons (an error count, a delete button and a spacer). */
  children?: ReactNode;
};

/** The footer of an editor dialog. */
export function SaveCancel({ saveLabel, onSave, onCancel, saving, children }: SaveCancelProps) {
  return (
    <>
      {children}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
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
