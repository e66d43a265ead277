/**
 * The live sync status with a way to act on it: `run` wraps a bridge call the screens make,
 * keeps the status it answers with and says a failure in words.
 */
import { useCallback, useState } from 'react';
import type { SyncStatus } from '../../../../core/bridge/sync-contract';
import { errorText } from '../../format';
import { useLiveSyncStatus } from '../../hooks/useLiveSyncStatus';

export type SyncHandle = {
  /** Undefined while the first answer is awaited. */
  status: SyncStatus | undefined;
  busy: boolean;
  /** Why the last action (or the first read) failed, or null. */
  failure: string | null;
  run: (action: () => Promise<SyncStatus>) => Promise<boolean>;
};

/** The live sync status and a way to act on it. */
export function useSyncStatus(): SyncHandle {
  const live = useLiveSyncStatus();
  const { setStatus } = live;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<SyncStatus>) => {
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
    },
    [setStatus],
  );
  return { status: live.status, busy, failure: failure ?? live.failure, run };
}
