/**
 * The shell's calendar-sync status, live: asked once, then kept by the shell's status events.
 * The sync dialog, the busy-time read and the publisher all follow it.
 */
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../core/bridge/sync-contract';
import { getBridge } from '../bridge';
import { errorText } from '../format';

export type LiveSyncStatus = {
  /** Undefined until the shell first answers. */
  status: SyncStatus | undefined;
  /** Keeps a status an action answered with (the shell's event may come later or not at all). */
  setStatus: (status: SyncStatus) => void;
  /** Why the status could not be read, or null. */
  failure: string | null;
};

/** The sync status as the shell last said it. */
export function useLiveSyncStatus(): LiveSyncStatus {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const sync = getBridge().sync;
    let live = true;
    const off = sync.onStatus((next) => {
      if (live) setStatus(next);
    });
    sync.status().then(
      (first) => {
        // An event may have brought a newer status meanwhile.
        if (live) setStatus((current) => current ?? first);
      },
      (error: unknown) => {
        if (live) setFailure(`The sync status could not be read: ${errorText(error)}`);
      },
    );
    return () => {
      live = false;
      off();
    };
  }, []);
  return { status, setStatus, failure };
}
