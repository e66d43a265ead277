/**
 * Storage use and persistence, shown in Settings as well as in the backup dialog.
 */
import { useEffect, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../db/storage';
import { StorageSection } from '../data/StorageSection';

/** Loads the storage status and offers to make storage persistent. */
export function StorageSettings() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  async function persist() {
    setBusy(true);
    await requestPersistentStorage();
    setStatus(await readStorageStatus());
    setBusy(false);
  }
  return (
    <div className="span-2">
      <StorageSection status={status} busy={busy} onPersist={() => void persist()} />
    </div>
  );
}
