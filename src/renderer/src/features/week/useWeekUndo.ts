/**
 * Undo and redo for the week view: the history (undo-history.ts) of what the user did, stepped
 * only once its writes are done, Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z outside text fields and
 * dialogs, and the toast line naming the last change. The view keeps it for the whole session,
 * across week switches.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeWriteError } from '../../db/write-result';
import { db } from '../../db/instance';
import {
  emptyHistory,
  nextRedo,
  nextUndo,
  recorded,
  redone,
  undone,
  type Change,
  type UndoHistory,
} from './undo-history';
import { applyWeekOps, type WeekOp } from './week-undo';

export type WeekUndo = {
  /** What the toast says: the last change done, undone or redone; null when there is none. */
  toast: string | null;
  error: string | null;
  canUndo: boolean;
  canRedo: boolean;
  record: (change: Change<WeekOp>) => void;
  undo: () => void;
  redo: () => void;
  closeToast: () => void;
};

/** True for key presses that belong to a text field or an open dialog, not to the week. */
function ownedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return document.querySelector('[role="dialog"], dialog[open]') !== null;
}

/** The week's undo history. */
export function useWeekUndo(): WeekUndo {
  // The history lives in a ref, read by every step when it runs: a key pressed again before the
  // re-render after a step would otherwise see the old history, write that change's undo a
  // second time and pop the next change without writing its own. Steps run one after another.
  const history = useRef(emptyHistory<WeekOp>());
  // The same history, for rendering (the toast's buttons).
  const [shown, setShown] = useState(() => emptyHistory<WeekOp>());
  const [toast, setToast] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const commit = useCallback((next: UndoHistory<WeekOp>) => {
    history.current = next;
    setShown(next);
  }, []);

  const record = useCallback(
    (change: Change<WeekOp>) => {
      commit(recorded(history.current, change));
      setToast(change.label);
    },
    [commit],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      queue.current = queue.current.then(async () => {
        const change = direction === 'undo' ? nextUndo(history.current) : nextRedo(history.current);
        if (!change) return;
        try {
          await applyWeekOps(db, direction === 'undo' ? change.undo : change.redo);
          commit(direction === 'undo' ? undone(history.current) : redone(history.current));
          setToast(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${change.label}`);
          setError(null);
        } catch (e) {
          setError(describeWriteError(e).message);
        }
      });
      return queue.current;
    },
    [commit],
  );
  const undo = useCallback(() => void step('undo'), [step]);
  const redo = useCallback(() => void step('redo'), [step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z') {
        return;
      }
      if (ownedElsewhere(event.target)) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return {
    toast,
    error,
    canUndo: shown.past.length > 0,
    canRedo: shown.future.length > 0,
    record,
    undo,
    redo,
    closeToast: useCallback(() => setToast(null), []),
  };
}
