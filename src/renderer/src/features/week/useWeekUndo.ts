/**
 * Undo and redo for the week view: the history (undo-history.ts) of what the user did, stepped
 * only once its writes are done, Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z outside text fields and
 * dialogs, and the toast line naming the last change. The view keeps it for the whole session,
 * across week switches.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeWriteError } from '../../db/backup-io';
import { db } from '../../db/instance';
import {
  emptyHistory,
  nextRedo,
  nextUndo,
  recorded,
  redone,
  undone,
  type Change,
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

/** The week's undo history; `setDismissed` is the one way a dismissal is made or taken back. */
export function useWeekUndo(
  setDismissed: (ids: readonly string[], dismissed: boolean) => void,
): WeekUndo {
  const [history, setHistory] = useState(() => emptyHistory<WeekOp>());
  const [toast, setToast] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One step at a time: a second Ctrl+Z while the first one's writes run would replay it twice.
  const stepping = useRef(false);

  const record = useCallback((change: Change<WeekOp>) => {
    setHistory((h) => recorded(h, change));
    setToast(change.label);
  }, []);

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const change = direction === 'undo' ? nextUndo(history) : nextRedo(history);
      if (!change || stepping.current) return;
      stepping.current = true;
      try {
        await applyWeekOps(db, direction === 'undo' ? change.undo : change.redo, setDismissed);
        setHistory((h) => (direction === 'undo' ? undone(h) : redone(h)));
        setToast(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${change.label}`);
        setError(null);
      } catch (e) {
        // Nothing was applied (one transaction) and the history stays where it was.
        setError(describeWriteError(e).message);
      } finally {
        stepping.current = false;
      }
    },
    [history, setDismissed],
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
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    record,
    undo,
    redo,
    closeToast: useCallback(() => setToast(null), []),
  };
}
