/**
 * Undo and redo for what the user does to the week (move, resize, accept, dismiss, lock,
 * delete), as a pure history of changes. A change holds the writes that undo it and the writes
 * that redo it; the caller applies them, and only once they are written does the history step
 * (`undone`/`redone`), so a failed write leaves both the data and the history as they were.
 */

/** One thing the user did, with the writes that take it back and that do it again. */
export type Change<Op> = { label: string; undo: readonly Op[]; redo: readonly Op[] };

export type UndoHistory<Op> = {
  past: readonly Change<Op>[];
  future: readonly Change<Op>[];
};

/** How many changes are kept: older ones drop off the bottom. */
export const HISTORY_LIMIT = 100;

/** A history with nothing to undo or redo. */
export function emptyHistory<Op>(): UndoHistory<Op> {
  return { past: [], future: [] };
}

/** The history after the user did `change`: it can be undone, and nothing is left to redo. */
export function recorded<Op>(history: UndoHistory<Op>, change: Change<Op>): UndoHistory<Op> {
  return { past: [...history.past, change].slice(-HISTORY_LIMIT), future: [] };
}

/** The change an undo would take back, or null. */
export function nextUndo<Op>(history: UndoHistory<Op>): Change<Op> | null {
  return history.past.at(-1) ?? null;
}

/** The change a redo would do again, or null. */
export function nextRedo<Op>(history: UndoHistory<Op>): Change<Op> | null {
  return history.future.at(-1) ?? null;
}

/** The history once the last change's undo writes are done. */
export function undone<Op>(history: UndoHistory<Op>): UndoHistory<Op> {
  const change = nextUndo(history);
  if (!change) return history;
  return { past: history.past.slice(0, -1), future: [...history.future, change] };
}

/** The history once the next change's redo writes are done. */
export function redone<Op>(history: UndoHistory<Op>): UndoHistory<Op> {
  const change = nextRedo(history);
  if (!change) return history;
  return { past: [...history.past, change], future: history.future.slice(0, -1) };
}
