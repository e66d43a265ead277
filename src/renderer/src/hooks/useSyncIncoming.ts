/**
 * Takes in the edits other devices made to the events the app published (sync:incoming): each
 * batch is written in one transaction (features/sync/apply-sync), one batch after another, and
 * only then the shell is told which UIDs were seen. What changed, what could not be taken and a
 * failed write are said to the worker.
 */
import { useCallback, useEffect, useState } from 'react';
import type { IanaZone } from '../../../core/types';
import { getBridge } from '../bridge';
import { db } from '../db/instance';
import { errorText } from '../format';
import { useStableHandler } from './useStableHandler';

/** What the last batch did, in words. */
export type IncomingNotice = { kind: 'ok' | 'error'; lines: string[] };

/** Applies incoming changes as they come; returns what to tell the worker. */
export function useSyncIncoming(homeZone: IanaZone): {
  notice: IncomingNotice | null;
  dismiss: () => void;
} {
  const [notice, setNotice] = useState<IncomingNotice | null>(null);
  const zone = useStableHandler(() => homeZone);
  useEffect(() => {
    const sync = getBridge().sync;
    let queue: Promise<void> = Promise.resolve();
    const off = sync.onIncoming((changes) => {
      queue = queue.then(async () => {
        // Loaded on first use: reading events brings the iCalendar parser, which the week
        // view does not need to start.
        const { applySyncChanges } = await import('../features/sync/apply-sync');
        const written = await applySyncChanges(db, changes, { homeZone: zone(), now: Date.now() });
        if (!written.ok) {
          const why = written.problem?.message ?? Object.values(written.errors).join(' ');
          setNotice({
            kind: 'error',
            lines: [`Changes from your calendar server could not be saved here: ${why}`],
          });
          return;
        }
        const { notes, refused, handled } = written.value;
        const lines = [
          ...notes,
          ...refused.map((r) => `A change from another device was not taken: ${r.reason}`),
        ];
        if (lines.length > 0) setNotice({ kind: refused.length > 0 ? 'error' : 'ok', lines });
        await sync.applied(handled);
      });
      queue = queue.catch((error: unknown) =>
        setNotice({ kind: 'error', lines: [`Calendar sync: ${errorText(error)}`] }),
      );
    });
    return off;
  }, [zone]);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, dismiss };
}
