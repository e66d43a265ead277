/**
 * The shell's sync status, live: asked once, then kept up to date by the shell's status events.
 * `run` wraps a bridge call the screens make, keeping its answer and saying a failure in words.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../../core/bridge/sync-contract';
import { getBridge } from '../../bridge';
import { errorText } from '../../format';

export type SyncHandle = {
  /** Undefined while the first answer is awaited. */
  status: SyncStatus | undefined;
  busy: boolean;
  /** Why the last action failed, or null. */
  failure: string | null;
  run: (action: () => Promise<SyncStatus>) => Promise<boolean>;
};

/** The live sync status and a way to act on it. */
export function useSyncStatus(): SyncHandle {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  const [busy, setBusy] = useState(false);
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
  const run = useCallback(async (action: () => Promise<SyncStatus>) => {
    setBusy(true);
    setFailure(null);
    try {
      setStatus(await action());
      return true;
    } catch (error) {
      setFailure(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { status, busy, failure, run };
}
