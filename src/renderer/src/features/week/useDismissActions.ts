/**
 * Dismissing proposals and bringing them back, stored (db/dismissals.ts) so a dismissal holds
 * after a reload, and recorded for undo and redo. A write that fails changes nothing and says
 * why.
 */
import { useCallback, useState } from 'react';
import type { Instant, Proposal } from '../../../../core/types';
import { deleteDismissals, dismissalOf, saveDismissals } from '../../db/dismissals';
import { db } from '../../db/instance';
import type { Change } from './undo-history';
import type { WeekOp } from './week-undo';

export type DismissActions = {
  error: string | null;
  clearError: () => void;
  /** Dismisses the shown proposals `ids`. */
  dismiss: (ids: readonly string[]) => Promise<void>;
  /** Brings back the dismissed proposals `ids`. */
  restore: (ids: readonly string[]) => Promise<void>;
};

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Dismiss and restore over the week's proposals (`shown`) and its dismissed ones. */
export function useDismissActions(
  shown: readonly Proposal[],
  dismissed: readonly Proposal[],
  weekEnd: Instant,
  now: Instant,
  onChange: (change: Change<WeekOp>) => void,
): DismissActions {
  const [error, setError] = useState<string | null>(null);

  const change = useCallback(
    async (on: boolean, ids: readonly string[]) => {
      // Only proposals in the state to change: a second click on one already gone does nothing.
      const chosen = (on ? shown : dismissed).filter((p) => ids.includes(p.id));
      if (chosen.length === 0) return;
      const records = chosen.map((p) => dismissalOf(p, weekEnd, now));
      const keys = records.map((d) => d.id);
      const result = on
        ? await saveDismissals(db, records, now)
        : await deleteDismissals(db, keys, now);
      if (!result.ok) {
        const what = on ? 'Not dismissed' : 'Not brought back';
        setError(`${what}: ${result.problem?.message ?? 'the change could not be saved.'}`);
        return;
      }
      setError(null);
      const put: WeekOp = { kind: 'put-dismissals', dismissals: records };
      const take: WeekOp = { kind: 'delete-dismissals', ids: keys };
      onChange({
        label: `${on ? 'Dismissed' : 'Brought back'} ${plural(records.length, 'proposal')}`,
        undo: [on ? take : put],
        redo: [on ? put : take],
      });
    },
    [shown, dismissed, weekEnd, now, onChange],
  );
  const dismiss = useCallback((ids: readonly string[]) => change(true, ids), [change]);
  const restore = useCallback((ids: readonly string[]) => change(false, ids), [change]);

  return { error, clearError: useCallback(() => setError(null), []), dismiss, restore };
}
